// The demo's calendar: days counted back from the day the demo is made, and the area's meetings every
// four weeks on a Thursday, so the demo always looks current. The driver sets the app's clock
// (db/clock.ts) to each event's time before it calls the verb.

const DAY = 86_400_000;

export interface Calendar {
  /** The instant the demo is made: nothing happens after it. */
  readonly anchor: Date;
  /** An event on the day `daysAgo` days before the anchor; `index` spreads the events of a day, `step` orders one person's. */
  at(daysAgo: number, index: number, step: number): Date;
  /** YYYY-MM-DD of the day `daysAgo` days before the anchor (negative: after it). */
  date(daysAgo: number): string;
  /** How many days ago the k-th most recent MARAC met (k = 0: the last one; -1: the next one). */
  meeting(k: number): number;
  /** Days ago: `before` days before the k-th most recent meeting. */
  m(k: number, before: number): number;
  /** A date of birth for someone who is `age` on the anchor day, born on month-day `monthDay`. */
  born(age: number, monthDay: string): string;
}

export function calendarFor(anchor: Date): Calendar {
  const today = Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth(), anchor.getUTCDate());
  // The last meeting: the Thursday one to two weeks before today, never more recent, so the cases
  // the story accepts in its last few days are accepted after it, and wait for the next one.
  const lastMeeting = ((new Date(today).getUTCDay() + 3) % 7) + 7;
  const todayMonthDay = new Date(today).toISOString().slice(5, 10);
  // Every four weeks; one that would fall between Christmas Eve and New Year's Day is held a week earlier.
  const meeting = (k: number) => {
    const daysAgo = lastMeeting + 28 * k;
    const monthDay = new Date(today - daysAgo * DAY).toISOString().slice(5, 10);
    return monthDay >= '12-24' || monthDay <= '01-01' ? daysAgo + 7 : daysAgo;
  };
  return {
    anchor,
    // Between 08:00 and 20:00 UTC: the same calendar day in the UK, summer or winter. Today's events
    // that would fall later than the anchor happen just before it instead, in the same order.
    at: (daysAgo, index, step) => {
      const at = today - daysAgo * DAY + ((8 + (index % 4) + 2 * step) * 60 + ((index * 13) % 60)) * 60_000;
      return new Date(Math.min(at, anchor.getTime() - (30 - 5 * step) * 60_000));
    },
    date: (daysAgo) => new Date(today - daysAgo * DAY).toISOString().slice(0, 10),
    meeting,
    m: (k, before) => meeting(k) + before,
    born: (age, monthDay) => `${anchor.getUTCFullYear() - age - (monthDay > todayMonthDay ? 1 : 0)}-${monthDay}`,
  };
}
