import { z } from 'zod';
import { isCalendarDate } from './calendar-date';

// The zod schemas of a date picked in a date field or given in a link (YYYY-MM-DD). Apart from the
// day arithmetic (./calendar-date.ts), so that browser code using that loads no schema library.

interface CalendarDateRules {
  /** Starts the messages: "The date of the meeting". */
  label: string;
  /** Asked for when nothing is given. */
  requiredMessage: string;
  /** The earliest date allowed (YYYY-MM-DD), and the words of the refusal. */
  notBefore?: { date: () => string; message: string };
  /** The latest date allowed, and the words of the refusal. */
  notAfter?: { date: () => string; message: string };
}

/** The zod schema of a required calendar date. */
export function calendarDate({ label, requiredMessage, notBefore, notAfter }: CalendarDateRules) {
  return z
    .string(requiredMessage)
    .trim()
    .min(1, requiredMessage)
    .refine(isCalendarDate, { message: `${label} must be a real date`, abort: true })
    .refine((v) => !notBefore || v >= notBefore.date(), { message: notBefore?.message ?? '', abort: true })
    .refine((v) => !notAfter || v <= notAfter.date(), { message: notAfter?.message ?? '' });
}

/** A date filter read from a URL: a real date, or the filter is not used. */
export const calendarDateFilter = z.string().refine(isCalendarDate);
