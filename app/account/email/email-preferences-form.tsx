'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { NotificationKind } from '@/db/enums';
import { emailChoiceLabels } from '@/lib/notifications/labels';
import { useServerForm } from '../../_lib/use-server-form';
import { Button } from '../../ui/button';
import { Checkboxes } from '../../ui/checkboxes';
import { ErrorSummary } from '../../ui/error-summary';
import { NotificationBanner } from '../../ui/notification-banner';
import { saveEmailPreferencesAction } from '../actions';

export function EmailPreferencesForm({ emailed }: { emailed: NotificationKind[] }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { emailed },
    action: (values) => {
      setSaved(false);
      return saveEmailPreferencesAction(values);
    },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate>
      {saved ? <NotificationBanner type="success">Your email choices are saved.</NotificationBanner> : null}
      <ErrorSummary errors={errors} />
      <Checkboxes
        id="emailed"
        legend="Email me when"
        legendSize="m"
        hint="Select all that apply. Every notification still appears in Marac Hub, whatever you choose."
        items={Object.entries(emailChoiceLabels).map(([value, label]) => ({ value, label }))}
        error={errorOf('emailed')}
        inputProps={form.register('emailed')}
      />
      <Button disabled={pending}>Save email choices</Button>
    </form>
  );
}
