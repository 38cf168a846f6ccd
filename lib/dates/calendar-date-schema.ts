import { z } from 'zod';
import { isCalendarDate } from './calendar-date';
import { dateParts } from './date-parts';
import { checkDateParts } from './memorable-date';

// The zod schemas of a date to come (a meeting's day, an action's due date) typed in GOV.UK's day, month
// and year boxes, or given as YYYY-MM-DD (by a verb's caller, or a link). Apart from the day arithmetic
// (./calendar-date.ts), so that browser code using that loads no schema library.

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

const boxes = z.object({ day: z.string().default(''), month: z.string().default(''), year: z.string().default('') });

/**
 * The zod schema of a required date: "YYYY-MM-DD" from the three boxes or from a string. A problem with
 * what was typed in the boxes is an issue on each box to highlight (as memorableDate's), one with the
 * date itself (too early, too late) on all three; a string's problem is an issue on the field.
 */
export function calendarDate({ label, requiredMessage, notBefore, notAfter }: CalendarDateRules) {
  const iso = z
    .string(requiredMessage)
    .trim()
    .min(1, { message: requiredMessage, abort: true })
    .refine(isCalendarDate, { message: `${label} must be a real date`, abort: true })
    .refine((v) => !notBefore || v >= notBefore.date(), { message: notBefore?.message ?? '', abort: true })
    .refine((v) => !notAfter || v <= notAfter.date(), { message: notAfter?.message ?? '' });
  return z.union([z.string(), boxes], requiredMessage).transform((value, ctx) => {
    const typed = typeof value === 'string' ? null : checkDateParts(value, { label });
    if (typed && 'problem' in typed) {
      for (const part of typed.problem.parts) ctx.addIssue({ code: 'custom', path: [part], message: typed.problem.message });
      return z.NEVER;
    }
    const checked = iso.safeParse(typed ? typed.iso : value);
    if (checked.success) return checked.data;
    for (const issue of checked.error.issues) {
      if (typed) for (const part of dateParts) ctx.addIssue({ code: 'custom', path: [part], message: issue.message });
      else ctx.addIssue({ code: 'custom', message: issue.message });
    }
    return z.NEVER;
  });
}

/** A date filter read from a URL: a real date, or the filter is not used. */
export const calendarDateFilter = z.string().refine(isCalendarDate);
