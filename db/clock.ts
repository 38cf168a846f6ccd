// The time as Marac Hub sees it. The app reads the system clock; the demo's driver and tests set it, so
// that records made through the verbs on a given day carry that day's date, in the database's defaults
// (see the schema's `$defaultFn(now)`) as in the verbs. Nothing here touches data: forms in the browser
// use todayInUk too.

let fixed: number | null = null;

/** The current instant: the system clock, unless a fixed time has been set. */
export function now(): Date {
  return new Date(fixed ?? Date.now());
}

/** Fixes the clock at an instant (the demo's driver and tests), or hands it back to the system with null. */
export function setClock(at: Date | null): void {
  fixed = at ? at.getTime() : null;
}

const ukDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day an instant falls on in the UK, as YYYY-MM-DD: 00:30 BST is that day, not the day before as UTC has it. */
export function ukDateOf(instant: Date): string {
  return ukDate.format(instant);
}

/** Today as YYYY-MM-DD in UK time, so a date typed today is never "in the future". */
export function todayInUk(): string {
  return ukDateOf(now());
}
