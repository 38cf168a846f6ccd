import { z } from 'zod';
import { calendarDateFilter } from '@/lib/dates/calendar-date-schema';
import { parseQuarterKey } from './period';

/**
 * What the dataset is counted for: a calendar quarter ("2026-Q3"), a date range (both days counted,
 * at most five years), or one meeting of the area.
 */
export const datasetPeriodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quarter'), quarter: z.string().refine((v) => parseQuarterKey(v) !== null, 'Select a quarter') }),
  z
    .object({ kind: z.literal('range'), from: calendarDateFilter, to: calendarDateFilter })
    .refine((v) => v.from <= v.to, { path: ['to'], message: 'The “to” date must be the same as or after the “from” date' })
    .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= 5 * 366 * 86_400_000, { path: ['to'], message: 'Choose a period of five years or less' }),
  z.object({ kind: z.literal('meeting'), meetingId: z.uuid('Select a meeting') }),
]);

export type DatasetPeriodInput = z.input<typeof datasetPeriodSchema>;
