'use client';

import { Link } from '@/app/ui/link';
import { useState } from 'react';
import { useServerForm } from '../../../_lib/use-server-form';
import { Button } from '../../../ui/button';
import { ErrorSummary } from '../../../ui/error-summary';
import { Select, type SelectOption } from '../../../ui/select';
import { TextInput } from '../../../ui/text-input';
import { createUserAction } from '../actions';
import { RoleRadios } from '../role-radios';
import { SetupLinkPanel } from '../setup-link-panel';

type Created = { userId: string; name: string; setupLink: string; expiresAt: string };

export function NewUserForm({ agencies }: { agencies: SelectOption[] }) {
  const [created, setCreated] = useState<Created>();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { name: '', email: '', role: undefined, agencyId: '' },
    action: createUserAction,
    onSuccess: (data) => {
      setCreated({ ...data, name: form.getValues('name') });
      form.reset();
    },
  });

  if (created) {
    return (
      <>
        <SetupLinkPanel name={created.name} setupLink={created.setupLink} expiresAt={created.expiresAt} />
        <p className="govuk-body">
          <Link className="govuk-link" href={`/admin/users/${created.userId}`}>
            View {created.name}&rsquo;s account
          </Link>
        </p>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setCreated(undefined)}>
          Add another user
        </button>
      </>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput id="name" label="Full name" autoComplete="off" error={errorOf('name')} {...form.register('name')} />
      <TextInput id="email" label="Work email address" type="email" spellCheck={false} autoComplete="off" hint="They sign in with this address" error={errorOf('email')} {...form.register('email')} />
      <Select id="agencyId" label="Agency" options={agencies} emptyOption="Select an agency" error={errorOf('agencyId')} {...form.register('agencyId')} />
      <RoleRadios error={errorOf('role')} inputProps={form.register('role')} />
      <Button disabled={pending}>Add user</Button>
    </form>
  );
}
