'use client';

import type { z } from 'zod';
import { useRouter } from 'next/navigation';
import { safetyItemStatuses } from '@/db/enums';
import type { DateParts } from '@/lib/dates/date-parts';
import type { updateSafetyItemSchema } from '@/lib/safety-plan/schemas';
import { safetyItemStatusLabels } from '@/lib/stalking/labels';
import { dateErrorOf } from '../../../_lib/date-errors';
import { useServerForm } from '../../../_lib/use-server-form';
import { Button } from '../../../ui/button';
import { DateInput } from '../../../ui/date-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { Radios } from '../../../ui/radios';
import { Textarea } from '../../../ui/textarea';
import { updateSafetyItemAction } from './actions';

/** Where one item of the safety plan stands, with the date and a note. What was typed stays when the server refuses it. */
export function SafetyItemForm({ caseId, itemKey, version, values }: { caseId: string; itemKey: string; version: number; values: { status: string; on: DateParts; note: string } }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { caseId, itemKey, version, ...values } as z.input<typeof updateSafetyItemSchema>,
    action: updateSafetyItemAction,
    onSuccess: () => {
      router.push(`/cases/${caseId}/safety-plan?saved=${itemKey}`);
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Update this item">
      <ErrorSummary errors={errors} />
      <Radios
        id="status"
        legend="Where does it stand?"
        legendSize="m"
        items={safetyItemStatuses.map((value) => ({ value, label: safetyItemStatusLabels[value] }))}
        error={errorOf('status')}
        inputProps={form.register('status')}
      />
      <DateInput id="on" legend="Date (optional)" legendSize="s" hint="When it was done or last looked at with the victim. For example, 27 3 2026" {...dateErrorOf(form, 'on')} inputProps={(part) => form.register(`on.${part}`)} />
      <Textarea id="note" label="Note (optional)" rows={3} error={errorOf('note')} {...form.register('note')} />
      <Button disabled={pending}>Save</Button>
    </form>
  );
}
