'use client';

import { useRouter } from 'next/navigation';
import { correctionSchema } from '@/lib/meetings/schemas';
import { useServerForm } from '../../../_lib/use-server-form';
import { Button } from '../../../ui/button';
import { ErrorSummary } from '../../../ui/error-summary';
import { Textarea } from '../../../ui/textarea';
import { correctMinutesAction } from '../../actions';
import { minutesLabels } from '../run/[itemId]/case-forms';

/** A correction to finalised minutes: saved as a new revision with its reason. */
export function CorrectionForm({ agendaItemId, caseNumber, minutes, version }: { agendaItemId: string; caseNumber: string; minutes: Record<string, string | null>; version: number }) {
  const router = useRouter();
  const fields = Object.keys(minutesLabels) as (keyof typeof minutesLabels)[];
  const { form, submit, errors, errorOf, pending } = useServerForm({
    schema: correctionSchema,
    defaultValues: { agendaItemId, version, reason: '', ...Object.fromEntries(fields.map((f) => [f, minutes[f] ?? ''])) },
    action: correctMinutesAction,
    onSuccess: () => {
      form.setValue('version', version + 1);
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label={`Correct the minutes of ${caseNumber}`}>
      <ErrorSummary errors={errors} />
      {fields.map((f) => (
        <Textarea key={f} id={`${f}-${agendaItemId}`} label={minutesLabels[f]} rows={2} error={errorOf(f)} {...form.register(f)} />
      ))}
      <Textarea id={`reason-${agendaItemId}`} label="What is corrected, and why" rows={2} error={errorOf('reason')} {...form.register('reason')} />
      <Button variant="secondary" disabled={pending}>
        Save the correction as a new revision
      </Button>
    </form>
  );
}
