// A meeting's day as the area keeps it: the date in the UK of the instant it starts.

const ukDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** YYYY-MM-DD in UK time: a meeting at 00:30 BST is on that day, not the day before as UTC has it. */
export function ukDateOf(instant: Date): string {
  return ukDate.format(instant);
}
