/**
 * Dates and times as GOV.UK writes them, in UK time: "26 November 2026", "26 November 2026 at 6:54pm",
 * "10am", "midday", "midnight". Every date a person reads on a page or in a PDF goes through here.
 *
 * A calendar date held as "YYYY-MM-DD" (a due date, a date of birth) is a day, not an instant: it is
 * shown as it is, never moved by a time zone. An instant (a Date, or an ISO date-time string) is shown
 * as the day and time it was in the UK, summer time included.
 */

type DateLike = Date | string | null | undefined;

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

const londonParts = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

interface Parts {
  date: string;
  hour: number;
  minute: number;
  second: number;
}

function partsOf(value: Date | string): Parts | null {
  if (typeof value === 'string') {
    const day = calendarDate.exec(value);
    if (day) {
      const [, y, m, d] = day.map(Number);
      const utc = new Date(Date.UTC(y, m - 1, d));
      if (utc.getUTCMonth() !== m - 1 || utc.getUTCDate() !== d) return null;
      return { date: dayMonthYear.format(utc), hour: 0, minute: 0, second: 0 };
    }
  }
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) return null;
  const p = Object.fromEntries(londonParts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.day} ${p.month} ${p.year}`, hour: Number(p.hour), minute: Number(p.minute), second: Number(p.second) };
}

/** A time of day as GOV.UK writes it: "10am", "6:54pm", "midday", "midnight" (with seconds: "6:54:09pm"). */
function timeOfDay({ hour, minute, second }: Parts, withSeconds = false): string {
  const exact = !withSeconds || second === 0;
  if (minute === 0 && exact && hour === 0) return 'midnight';
  if (minute === 0 && exact && hour === 12) return 'midday';
  const h = hour % 12 === 0 ? 12 : hour % 12;
  const mm = minute === 0 && exact ? '' : `:${String(minute).padStart(2, '0')}`;
  const ss = withSeconds && !exact ? `:${String(second).padStart(2, '0')}` : '';
  return `${h}${mm}${ss}${hour < 12 ? 'am' : 'pm'}`;
}

/** "26 November 2026". A "YYYY-MM-DD" date is shown as that day; an instant as its day in the UK. */
export function formatDate(value: DateLike): string {
  if (!value) return '—';
  return partsOf(value)?.date ?? '—';
}

/** "26 November 2026 at 6:54pm", in UK time. */
export function formatDateTime(value: DateLike): string {
  if (!value) return '—';
  const parts = partsOf(value);
  return parts ? `${parts.date} at ${timeOfDay(parts)}` : '—';
}

/** To the second, for the audit log: "26 November 2026 at 6:54:09pm". */
export function formatTimestamp(value: DateLike): string {
  if (!value) return '—';
  const parts = partsOf(value);
  return parts ? `${parts.date} at ${timeOfDay(parts, true)}` : '—';
}

/** A browser's user-agent string, shortened to what a person recognises. */
export function describeBrowser(userAgent: string | null): string {
  if (!userAgent) return 'Unknown browser';
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrom(e|ium)\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : 'Browser';
  const os = /Windows/.test(userAgent) ? 'Windows' : /Mac OS X/.test(userAgent) ? 'macOS' : /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Linux/.test(userAgent) ? 'Linux' : 'unknown system';
  return `${browser} on ${os}`;
}

/**
 * When an incident happened, as sure as it is known: "2 November 2026 at 11:47pm", "2 November 2026",
 * "About 2 November 2026", "Between 2 November 2026 and 9 November 2026".
 */
export function formatOccurred(o: { occurredPrecision: 'exact' | 'day' | 'range' | 'about'; occurredAt: DateLike; occurredUntil?: DateLike }): string {
  switch (o.occurredPrecision) {
    case 'exact':
      return formatDateTime(o.occurredAt);
    case 'day':
      return formatDate(o.occurredAt);
    case 'about':
      return `About ${formatDate(o.occurredAt)}`;
    case 'range':
      return `Between ${formatDate(o.occurredAt)} and ${formatDate(o.occurredUntil)}`;
  }
}

/** A file's size as people read it: "840 bytes", "12.5 KB", "3.2 MB" (of 1,024). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
