// The periods the dataset is counted for: a date range, a calendar quarter, or one meeting's day. Pure
// date arithmetic (UK calendar dates, YYYY-MM-DD), shared by the page and the verb.
import { daysAfter } from '@/lib/dates/calendar-date';

export interface Quarter {
  year: number;
  /** 1: January to March … 4: October to December. */
  q: 1 | 2 | 3 | 4;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-Q3" (how a quarter is written in links and the CSV). */
export const quarterKey = ({ year, q }: Quarter) => `${year}-Q${q}`;

export function parseQuarterKey(key: string): Quarter | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  return m ? { year: Number(m[1]), q: Number(m[2]) as Quarter['q'] } : null;
}

export function quarterDates({ year, q }: Quarter): { from: string; to: string } {
  const firstMonth = (q - 1) * 3 + 1;
  const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(firstMonth + 3).padStart(2, '0')}-01`;
  return { from, to: daysAfter(next, -1) };
}

/** "July to September 2026". */
export function quarterLabel({ year, q }: Quarter): string {
  return `${monthNames[(q - 1) * 3]} to ${monthNames[(q - 1) * 3 + 2]} ${year}`;
}

export function quarterOf(date: string): Quarter {
  const [year, month] = date.split('-').map(Number);
  return { year, q: (Math.floor((month - 1) / 3) + 1) as Quarter['q'] };
}

/** The quarter before (back = 1) or n quarters before the given one. */
export function quarterBefore({ year, q }: Quarter, back = 1): Quarter {
  const index = year * 4 + (q - 1) - back;
  return { year: Math.floor(index / 4), q: ((index % 4) + 1) as Quarter['q'] };
}

/** The last whole quarter before today's. */
export function lastQuarter(today: string): Quarter {
  return quarterBefore(quarterOf(today));
}

/** Days from one date to another, both counted. */
export function daysIn(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
