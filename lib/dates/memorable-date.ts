import { z } from 'zod';
import { isCalendarDate } from './calendar-date';
import { dateParts, type DatePart, type DateParts } from './date-parts';

/**
 * A date people know (a date of birth), typed as GOV.UK asks for it: day, month and year in three
 * boxes. Stored as "YYYY-MM-DD". The checks and their words are GOV.UK's: "Date of birth must include
 * a month", "must be a real date", "must be today or in the past". Each problem names the boxes to
 * highlight; the first of them is where the error summary links.
 */

export interface MemorableDateRules {
  /** The field's name as a message starts with it: "Date of birth". */
  label: string;
  /** Today, or a date before it (today as YYYY-MM-DD in UK time). */
  notAfter?: () => string;
}

export type DateCheck = { iso: string } | { problem: { message: string; parts: DatePart[] } };

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EARLIEST = '1900-01-01';

/** A month as a number or as its name, in full or short: "3", "03", "Mar", "March", "Sept". */
function monthOf(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const t = text.toLowerCase();
  const i = monthNames.findIndex((name) => t === name || t === name.slice(0, 3) || (name === 'september' && t === 'sept'));
  return i >= 0 ? i + 1 : null;
}

function listed(parts: DatePart[]): string {
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Checks three typed boxes; an empty date (all three blank) is '' and left to the "required" rule. */
export function checkDateParts(typed: Partial<DateParts>, rules: MemorableDateRules): DateCheck {
  const { label } = rules;
  const value = Object.fromEntries(dateParts.map((p) => [p, (typed[p] ?? '').trim()])) as DateParts;
  const missing = dateParts.filter((p) => value[p] === '');
  if (missing.length === 3) return { iso: '' };
  if (missing.length) return { problem: { message: `${label} must include a ${listed(missing)}`, parts: missing } };

  const day = /^\d{1,2}$/.test(value.day) ? Number(value.day) : null;
  const month = monthOf(value.month);
  const wrong: DatePart[] = [];
  if (day === null || day < 1 || day > 31) wrong.push('day');
  if (month === null || month < 1 || month > 12) wrong.push('month');
  if (!/^\d+$/.test(value.year)) wrong.push('year');
  if (wrong.length) return { problem: { message: `${label} must be a real date`, parts: wrong.length > 1 ? [...dateParts] : wrong } };
  if (value.year.length !== 4) return { problem: { message: `${label} must include a year with 4 numbers`, parts: ['year'] } };

  const iso = `${value.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return checkIsoDate(iso, rules);
}

/** Checks a stored date ("YYYY-MM-DD") against the same rules. */
export function checkIsoDate(iso: string, { label, notAfter }: MemorableDateRules): DateCheck {
  const all = [...dateParts];
  if (!isCalendarDate(iso)) return { problem: { message: `${label} must be a real date`, parts: all } };
  if (iso < EARLIEST) return { problem: { message: `${label} must be the same as or after 1 January 1900`, parts: all } };
  if (notAfter && iso > notAfter()) return { problem: { message: `${label} must be today or in the past`, parts: all } };
  return { iso };
}

const partsSchema = z.object({ day: z.string().default(''), month: z.string().default(''), year: z.string().default('') });

/**
 * The zod schema of a memorable date: reads the three boxes (or a stored "YYYY-MM-DD") and gives
 * "YYYY-MM-DD", or '' when nothing was typed. A problem is an issue on each box to highlight, all with
 * the same message; the first is where the error summary links (it lists the message once).
 */
export function memorableDate(rules: MemorableDateRules) {
  return z.union([z.string(), partsSchema]).transform((value, ctx) => {
    const checked = typeof value === 'string' ? (value.trim() === '' ? { iso: '' } : checkIsoDate(value.trim(), rules)) : checkDateParts(value, rules);
    if ('iso' in checked) return checked.iso;
    for (const part of checked.problem.parts) ctx.addIssue({ code: 'custom', path: [part], message: checked.problem.message });
    return z.NEVER;
  });
}

/** The issues of a required date left blank: the whole date highlighted, the summary linking to its day. */
export function blankDateIssues(field: string, message: string) {
  return dateParts.map((part) => ({ code: 'custom' as const, path: [field, part], message }));
}

/** Whether a field path names one box of a date ("dob.day", "members.0.dob.year"). */
export const isDatePartPath = (path: string) => /\.(day|month|year)$/.test(path);
