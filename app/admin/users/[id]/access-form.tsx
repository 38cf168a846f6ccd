'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Role } from '@/db/enums';
import { useServerForm } from '../../../_lib/use-server-form';
import { Button } from '../../../ui/button';
import { ErrorSummary } from '../../../ui/error-summary';
import { NotificationBanner } from '../../../ui/notification-banner';
import { Select, type SelectOption } from '../../../ui/select';
import { updateUserAccessAction } from '../actions';
import { RoleRadios } from '../role-radios';

export function AccessForm({ userId, role, agencyId, agencies }: { userId: string; role: string; agencyId: string; agencies: SelectOption[] }) {
  const router = useRouter();
  const [saved, setSaved] = useState<string[]>();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { userId, role: role as Role, agencyId },
    action: updateUserAccessAction,
    onSuccess: (data) => {
      setSaved(data.changed);
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="access-heading">
      <h2 className="govuk-heading-m" id="access-heading">
        Role and agency
      </h2>
      {saved ? (
        <NotificationBanner type="success" title="Saved">
          <p className="govuk-body">
            {saved.length === 0 ? 'Nothing changed.' : 'The change applies from the user’s next click or page.'}
          </p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors} />
      <input type="hidden" {...form.register('userId')} />
      <Select id="agencyId" label="Agency" options={agencies} error={errorOf('agencyId')} {...form.register('agencyId')} />
      <RoleRadios error={errorOf('role')} inputProps={form.register('role')} />
      <Button disabled={pending}>Save role and agency</Button>
    </form>
  );
}
