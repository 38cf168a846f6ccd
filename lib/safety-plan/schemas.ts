import { z } from 'zod';
import { safetyItemStatuses } from '@/db/enums';
import { todayInUk } from '@/db/clock';
import { memorableDate } from '@/lib/dates/memorable-date';
import { typedText } from '@/lib/input/typed-text';

/** Where one item of a case's digital safety plan stands: the form of lib/safety-plan/plan.ts. */
export const updateSafetyItemSchema = z.object({
  caseId: z.uuid(),
  itemKey: z.string(),
  status: z.enum(safetyItemStatuses, 'Select where this stands'),
  on: memorableDate({ label: 'The date', notAfter: todayInUk }).default(''),
  note: typedText('The note').max(2000, 'The note must be 2000 characters or fewer').default(''),
  /** The version the change was made from; 0 when nothing was recorded yet. */
  version: z.coerce.number().int().min(0),
});

export type UpdateSafetyItemInput = z.input<typeof updateSafetyItemSchema>;
