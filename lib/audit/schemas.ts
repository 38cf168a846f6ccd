import { z } from 'zod';
import { auditOutcomes } from '@/db/enums';
import { isCalendarDate } from '@/lib/dates/calendar-date';
import { typedText } from '@/lib/input/typed-text';

const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === '' || v == null ? undefined : v), schema.optional());

const isoDate = z.string().refine(isCalendarDate, 'Enter a real date');

const period = {
  from: optional(isoDate),
  to: optional(isoDate),
};
const periodInOrder = { path: ['to'], message: 'The “to” date must be the same as or after the “from” date' };
const inOrder = (f: { from?: string; to?: string }) => !f.from || !f.to || f.from <= f.to;

const page = optional(z.coerce.number().int().min(1).max(100_000));

/** A case number as typed: "kv-2026-0007 " is KV-2026-0007. Matched exactly, within the viewer's area. */
const caseNumber = typedText('The case number')
  .max(50, 'The case number must be 50 characters or fewer')
  .transform((v) => v.toUpperCase());

/** The audit page's filters, read from its URL. Unknown values are dropped rather than failing the page. */
export const auditFilterSchema = z
  .object({
    user: optional(z.uuid()),
    agency: optional(z.uuid()),
    action: optional(typedText('The action').max(100)),
    resource: optional(typedText('The record').max(100)),
    outcome: optional(z.enum(auditOutcomes)),
    case: optional(caseNumber),
    ...period,
    page,
  })
  .refine(inOrder, periodInOrder);

export type AuditFilter = z.output<typeof auditFilterSchema>;

/** The filters of a case's "who has seen this case" page and its download. */
export const caseAccessFilterSchema = z
  .object({
    user: optional(z.uuid()),
    agency: optional(z.uuid()),
    action: optional(typedText('The action').max(100)),
    outcome: optional(z.enum(auditOutcomes)),
    ...period,
    page,
  })
  .refine(inOrder, periodInOrder);

export type CaseAccessFilter = z.output<typeof caseAccessFilterSchema>;

/** The filters of "everything this user touched". */
export const userActivityFilterSchema = z.object({ ...period, page }).refine(inOrder, periodInOrder);

export type UserActivityFilter = z.output<typeof userActivityFilterSchema>;
