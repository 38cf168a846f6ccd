import { z } from 'zod';
import { auditOutcomes } from '@/db/enums';
import { isCalendarDate } from '@/lib/dates/calendar-date';
import { typedText } from '@/lib/input/typed-text';

const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === '' || v == null ? undefined : v), schema.optional());

const isoDate = z.string().refine(isCalendarDate, 'Enter a real date');

/** The audit page's filters, read from its URL. Unknown values are dropped rather than failing the page. */
export const auditFilterSchema = z
  .object({
    user: optional(z.uuid()),
    agency: optional(z.uuid()),
    action: optional(typedText('The action').max(100)),
    resource: optional(typedText('The record').max(100)),
    outcome: optional(z.enum(auditOutcomes)),
    from: optional(isoDate),
    to: optional(isoDate),
    page: optional(z.coerce.number().int().min(1).max(100_000)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: 'The “to” date must be the same as or after the “from” date' });

export type AuditFilter = z.output<typeof auditFilterSchema>;
