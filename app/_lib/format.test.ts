import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTimestamp } from './format';

describe('dates as GOV.UK writes them, in UK time', () => {
  it('writes a day in full, with no leading zero', () => {
    expect(formatDate('2026-11-26')).toBe('26 November 2026');
    expect(formatDate('2026-03-05')).toBe('5 March 2026');
    expect(formatDate(new Date('2026-03-05T14:05:00Z'))).toBe('5 March 2026');
  });

  it('shows a calendar date as that day, whatever the time zone', () => {
    // A due date or date of birth is a day, not an instant: never moved back to the day before.
    expect(formatDate('2026-07-01')).toBe('1 July 2026');
    expect(formatDate('2026-01-01')).toBe('1 January 2026');
  });

  it('writes times as 10am, 6:54pm, midday and midnight', () => {
    expect(formatDateTime(new Date('2026-12-17T10:00:00Z'))).toBe('17 December 2026 at 10am');
    expect(formatDateTime(new Date('2026-11-30T18:54:00Z'))).toBe('30 November 2026 at 6:54pm');
    expect(formatDateTime(new Date('2026-11-30T12:00:00Z'))).toBe('30 November 2026 at midday');
    expect(formatDateTime(new Date('2026-11-30T12:30:00Z'))).toBe('30 November 2026 at 12:30pm');
    expect(formatDateTime(new Date('2026-11-30T00:00:00Z'))).toBe('30 November 2026 at midnight');
    expect(formatDateTime(new Date('2026-11-30T00:05:00Z'))).toBe('30 November 2026 at 12:05am');
    expect(formatDateTime(new Date('2026-11-30T09:07:00Z'))).toBe('30 November 2026 at 9:07am');
  });

  it('uses British Summer Time in summer and GMT in winter', () => {
    // Summer: 23:00 UTC is midnight of the next day in the UK.
    expect(formatDateTime(new Date('2026-06-30T23:00:00Z'))).toBe('1 July 2026 at midnight');
    expect(formatDate(new Date('2026-06-30T23:30:00Z'))).toBe('1 July 2026');
    expect(formatDateTime(new Date('2026-06-15T11:00:00Z'))).toBe('15 June 2026 at midday');
    // Winter: UK time is UTC.
    expect(formatDateTime(new Date('2026-12-15T12:00:00Z'))).toBe('15 December 2026 at midday');
    // The clocks go forward at 1am GMT on 29 March 2026 and back at 2am BST on 25 October 2026.
    expect(formatDateTime(new Date('2026-03-29T00:30:00Z'))).toBe('29 March 2026 at 12:30am');
    expect(formatDateTime(new Date('2026-03-29T01:30:00Z'))).toBe('29 March 2026 at 2:30am');
    expect(formatDateTime(new Date('2026-10-25T00:30:00Z'))).toBe('25 October 2026 at 1:30am');
    expect(formatDateTime(new Date('2026-10-25T01:30:00Z'))).toBe('25 October 2026 at 1:30am');
  });

  it('reads ISO date-time strings as instants', () => {
    expect(formatDateTime('2026-06-30T23:00:00.000Z')).toBe('1 July 2026 at midnight');
  });

  it('keeps the seconds in the audit log', () => {
    expect(formatTimestamp(new Date('2026-03-03T14:05:09Z'))).toBe('3 March 2026 at 2:05:09pm');
    expect(formatTimestamp(new Date('2026-03-03T14:05:00Z'))).toBe('3 March 2026 at 2:05pm');
    expect(formatTimestamp(new Date('2026-03-03T00:00:00Z'))).toBe('3 March 2026 at midnight');
    expect(formatTimestamp(new Date('2026-07-03T11:00:01Z'))).toBe('3 July 2026 at 12:00:01pm');
  });

  it('shows a dash for nothing, and never "Invalid Date"', () => {
    expect([formatDate(null), formatDateTime(undefined), formatDate(''), formatDate('2026-02-31'), formatDateTime('not a date')]).toEqual(['—', '—', '—', '—', '—']);
  });
});
