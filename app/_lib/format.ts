/** Dates as people in England and Wales read them, in UK time, e.g. "3 March 2026, 14:05". */
const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return '—';
  return dateTime.format(typeof value === 'string' ? new Date(value) : value);
}

const timestamp = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Europe/London',
});

/** Compact, to the second, for logs: "03 Mar 2026, 14:05:09". */
export function formatTimestamp(value: Date | string): string {
  return timestamp.format(typeof value === 'string' ? new Date(value) : value);
}

const shortDateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** For dense lists: "3 Mar 2026, 14:05". */
export function formatShortDateTime(value: Date | string | null | undefined): string {
  if (!value) return '—';
  return shortDateTime.format(typeof value === 'string' ? new Date(value) : value);
}

/** A browser's user-agent string, shortened to what a person recognises. */
export function describeBrowser(userAgent: string | null): string {
  if (!userAgent) return 'Unknown browser';
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrom(e|ium)\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : 'Browser';
  const os = /Windows/.test(userAgent) ? 'Windows' : /Mac OS X/.test(userAgent) ? 'macOS' : /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Linux/.test(userAgent) ? 'Linux' : 'unknown system';
  return `${browser} on ${os}`;
}
