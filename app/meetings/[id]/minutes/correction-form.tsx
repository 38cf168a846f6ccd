'use client';

import type { z } from 'zod';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { correctionConflictMessage, minuteFieldLabels, minuteFields } from '@/lib/meetings/minute-fields';
import type { correctionSchema } from '@/lib/meetings/schemas';
import { useServerForm } from '../../../_lib/use-server-form';
import { Button } from '../../../ui/button';
import { ErrorSummary } from '../../../ui/error-summary';
import { Textarea } from '../../../ui/textarea';
import { correctMinutesAction } from '../../actions';

/**
 * A correction to finalised minutes: saved as a new revision with its reason. If someone else corrected
 * the case first, the page is refreshed to show theirs above, and this form keeps what was typed.
 */
export function CorrectionForm({ agendaItemId, caseNumber, minutes, version }: { agendaItemId: string; caseNumber: string; minutes: Record<string, string | null>; version: number }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { agendaItemId, version, reason: '', ...Object.fromEntries(minuteFields.map((f) => [f, minutes[f] ?? ''])) } as z.input<typeof correctionSchema>,
    action: correctMinutesAction,
    onSuccess: () => {
      form.setValue('version', version + 1);
      router.refresh();
    },
  });
  const conflict = errors.some((e) => e.text === correctionConflictMessage);
  useEffect(() => {
    if (conflict) router.refresh();
  }, [conflict, router]);
  return (
    <form
      onSubmit={(e) => {
        // After a conflict the page shows their correction: saving now is made from it.
        if (conflict) form.setValue('version', version);
        return submit(e);
      }}
      noValidate
      aria-label={`Correct the minutes of ${caseNumber}`}
    >
      <ErrorSummary errors={errors} />
      {minuteFields.map((f) => (
        <Textarea key={f} id={`${f}-${agendaItemId}`} label={minuteFieldLabels[f]} rows={2} error={errorOf(f)} {...form.register(f)} />
      ))}
      <Textarea id={`reason-${agendaItemId}`} label="What is corrected, and why" rows={2} error={errorOf('reason')} {...form.register('reason')} />
      <Button variant="secondary" disabled={pending}>
        Save the correction as a new revision
      </Button>
    </form>
  );
}
