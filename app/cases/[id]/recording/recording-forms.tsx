'use client';

import type { z } from 'zod';
import { useRouter } from 'next/navigation';
import { crimeRecordings } from '@/db/enums';
import type { recordCrimeSchema, reviewCrimeRecordingSchema } from '@/lib/crime-recording/schemas';
import { crimeRecordingLabels } from '@/lib/stalking/labels';
import { useServerForm } from '../../../_lib/use-server-form';
import { Button } from '../../../ui/button';
import { ErrorSummary } from '../../../ui/error-summary';
import { Radios } from '../../../ui/radios';
import { Select } from '../../../ui/select';
import { TextInput } from '../../../ui/text-input';
import { Textarea } from '../../../ui/textarea';
import { recordCrimeAction, reviewCrimeRecordingAction } from './actions';

const recordingOptions = crimeRecordings.filter((r) => r !== 'not_recorded').map((value) => ({ value, label: crimeRecordingLabels[value] }));

/** Records how the police have recorded the crime: a new revision, with the crime reference and a note. */
export function RecordCrimeForm({ caseId, revision }: { caseId: string; revision: number }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { caseId, revision, recording: '' as never, crimeReference: '', note: '' } as z.input<typeof recordCrimeSchema>,
    action: recordCrimeAction,
    onSuccess: () => {
      router.push(`/cases/${caseId}/recording?saved=recorded`);
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Change the recording">
      <ErrorSummary errors={errors} />
      <Select id="recording" label="Recorded as" emptyOption="Choose the offence" options={recordingOptions} error={errorOf('recording')} {...form.register('recording')} />
      <TextInput id="crimeReference" label="Crime reference (optional)" width="govuk-input--width-20" spellCheck={false} error={errorOf('crimeReference')} {...form.register('crimeReference')} />
      <Textarea id="note" label="Note (optional)" rows={2} error={errorOf('note')} {...form.register('note')} />
      <Button disabled={pending}>Save recording</Button>
    </form>
  );
}

/** The answer to the review prompt: the recording changed (to which), or kept, with the reason. */
export function ReviewRecordingForm({ caseId, revision }: { caseId: string; revision: number }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { caseId, revision, answer: '' as never, recording: '', crimeReference: '', note: '', reason: '' } as z.input<typeof reviewCrimeRecordingSchema>,
    action: reviewCrimeRecordingAction,
    onSuccess: () => {
      router.push(`/cases/${caseId}/recording?saved=reviewed`);
      router.refresh();
    },
  });
  const answer = form.watch('answer') as string;
  return (
    <form onSubmit={submit} noValidate aria-label="Review the recording">
      <ErrorSummary errors={errors} />
      <Radios
        id="answer"
        legend="What did you decide?"
        legendSize="m"
        items={[
          { value: 'changed', label: 'I changed the recording' },
          { value: 'kept', label: 'I kept the recording as it is' },
        ]}
        error={errorOf('answer')}
        inputProps={form.register('answer')}
      />
      {answer === 'changed' ? (
        <>
          <Select id="recording" label="Now recorded as" emptyOption="Choose the offence" options={recordingOptions} error={errorOf('recording')} {...form.register('recording')} />
          <TextInput id="crimeReference" label="Crime reference (optional)" width="govuk-input--width-20" spellCheck={false} error={errorOf('crimeReference')} {...form.register('crimeReference')} />
        </>
      ) : null}
      <Textarea
        id="reason"
        label={answer === 'kept' ? 'Why is it kept?' : 'Reason (optional when changed)'}
        hint="Kept with the review, for the case’s history"
        rows={3}
        error={errorOf('reason')}
        {...form.register('reason')}
      />
      <Button disabled={pending}>Save review</Button>
    </form>
  );
}
