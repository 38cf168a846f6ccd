'use client';

import { useRouter } from 'next/navigation';
import { dateErrorOf } from '../../_lib/date-errors';
import { useServerForm } from '../../_lib/use-server-form';
import { Button } from '../../ui/button';
import { DateInput, TimeField } from '../../ui/date-input';
import { ErrorSummary } from '../../ui/error-summary';
import { Select, type SelectOption } from '../../ui/select';
import { TextInput } from '../../ui/text-input';
import { scheduleMeetingAction } from '../actions';

export function ScheduleMeetingForm({ chairs }: { chairs: SelectOption[] }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { date: { day: '', month: '', year: '' }, time: '10:00', venue: '', videoLink: '', chairUserId: '' },
    action: scheduleMeetingAction,
    onSuccess: (data) => router.push(`/meetings/${data.meetingId}`),
  });
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <DateInput id="date" legend="Date" legendSize="s" hint="For example, 27 3 2027" {...dateErrorOf(form, 'date')} inputProps={(part) => form.register(`date.${part}`)} />
      <TimeField id="time" label="Start time" hint="UK time" error={errorOf('time')} {...form.register('time')} />
      <TextInput id="venue" label="Where" hint="The room and building; leave empty for a video-only meeting" error={errorOf('venue')} {...form.register('venue')} />
      <TextInput id="videoLink" label="Video link (optional)" type="url" spellCheck={false} error={errorOf('videoLink')} {...form.register('videoLink')} />
      <Select id="chairUserId" label="Chair" emptyOption="Not yet chosen" options={chairs} error={errorOf('chairUserId')} {...form.register('chairUserId')} />
      <Button disabled={pending}>Schedule meeting</Button>
    </form>
  );
}
