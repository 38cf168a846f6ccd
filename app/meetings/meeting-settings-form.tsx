'use client';

import { useRouter } from 'next/navigation';
import { useServerForm } from '../_lib/use-server-form';
import { Button } from '../ui/button';
import { ErrorSummary } from '../ui/error-summary';
import { TextInput } from '../ui/text-input';
import { meetingSettingsAction } from './actions';

export function MeetingSettingsForm({ casesPerMeeting, minutesPerCase }: { casesPerMeeting: number; minutesPerCase: number }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { casesPerMeeting: String(casesPerMeeting), minutesPerCase: String(minutesPerCase) },
    action: meetingSettingsAction,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput id="casesPerMeeting" label="Cases a meeting can hear" hint="The agenda warns when it lists more" inputMode="numeric" width="govuk-input--width-3" error={errorOf('casesPerMeeting')} {...form.register('casesPerMeeting')} />
      <TextInput id="minutesPerCase" label="Minutes for each case" inputMode="numeric" width="govuk-input--width-3" error={errorOf('minutesPerCase')} {...form.register('minutesPerCase')} />
      <Button variant="secondary" disabled={pending}>
        Save settings
      </Button>
    </form>
  );
}
