'use client';

import { useRouter } from 'next/navigation';
import { useServerForm } from '../../_lib/use-server-form';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { Select, type SelectOption } from '../../ui/select';
import { Textarea } from '../../ui/textarea';
import { addCaseAction, deferItemAction } from '../actions';

export function DeferForm({ itemId, caseNumber, meetings }: { itemId: string; caseNumber: string; meetings: SelectOption[] }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { itemId, toMeetingId: '', reason: '' },
    action: deferItemAction,
    onSuccess: () => router.refresh(),
  });
  if (meetings.length === 0) return <p className="govuk-body">Schedule a later meeting to defer this case to it.</p>;
  return (
    <form onSubmit={submit} noValidate aria-label={`Defer case ${caseNumber}`}>
      <ErrorSummary errors={errors} />
      <input type="hidden" {...form.register('itemId')} />
      <Select id={`toMeetingId-${itemId}`} label="Defer to" emptyOption="Select a meeting" options={meetings} error={errorOf('toMeetingId')} {...form.register('toMeetingId')} />
      <Textarea id={`reason-${itemId}`} label="Why is it deferred?" rows={2} error={errorOf('reason')} {...form.register('reason')} />
      <Button variant="secondary" disabled={pending}>
        Defer to that meeting<span className="govuk-visually-hidden"> (case {caseNumber})</span>
      </Button>
    </form>
  );
}

export function AddCaseForm({ meetingId, cases }: { meetingId: string; cases: SelectOption[] }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { meetingId, caseId: '' },
    action: addCaseAction,
    onSuccess: () => {
      form.reset({ meetingId, caseId: '' });
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Add a case">
      <ErrorSummary errors={errors} />
      <input type="hidden" {...form.register('meetingId')} />
      <Select id="caseId" label="Case waiting for a meeting" emptyOption="Select a case" options={cases} error={errorOf('caseId')} {...form.register('caseId')} />
      <Button variant="secondary" disabled={pending}>
        Add to the agenda
      </Button>
    </form>
  );
}
