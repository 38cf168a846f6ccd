import 'server-only';
import { and, eq, type SQL } from 'drizzle-orm';
import { cases } from '@/db/schema';
import { countSql } from '@/lib/lists/count-sql';

/** The area's open cases accepted for a MARAC and not yet on a meeting's agenda (a scalar subquery). */
export function casesAwaitingMeetingSql(areaId: string): SQL<number> {
  return countSql(cases, and(eq(cases.areaId, areaId), eq(cases.awaitingMeeting, true), eq(cases.status, 'open')));
}
