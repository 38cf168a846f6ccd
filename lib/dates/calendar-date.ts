/**
 * A date picked in a date field or given in a link, as "YYYY-MM-DD": a real day of the calendar
 * (2027-02-30 is not one), in a range of years that makes sense for what it dates.
 */

/** Whether the text is a real calendar date written YYYY-MM-DD (a year of 4 numbers, from 1000). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date a number of whole years after the given one (29 February goes to 28 February). */
export function yearsAfter(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${y + years}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The date a number of days after the given one (before it, for a negative number). */
export function daysAfter(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
