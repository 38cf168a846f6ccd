import 'server-only';
import { and, desc, eq, gte, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, meetings, notifications, users } from '@/db/schema';
import { countSql } from '@/lib/lists/count-sql';

/** The area's emails still to send, and those given up on in the last 7 days (scalar subqueries). */
export function emailQueueCountsSql(areaId: string, at: Date): { waiting: SQL<number>; failedLastWeek: SQL<number> } {
  const weekAgo = new Date(at.getTime() - 7 * 86_400_000);
  const ofArea = sql`${notifications} inner join ${users} on ${eq(users.id, notifications.userId)} inner join ${agencies} on ${eq(agencies.id, users.agencyId)}`;
  const inArea = eq(agencies.areaId, areaId);
  return {
    waiting: countSql(ofArea, and(inArea, inArray(notifications.emailState, ['pending', 'sending']))),
    failedLastWeek: countSql(ofArea, and(inArea, eq(notifications.emailState, 'failed'), gte(notifications.createdAt, weekAgo))),
  };
}

/** The header counts unread notifications up to this many, and says "99+" above it (lib/auth/session.ts counts them). */
export const UNREAD_CAP = 99;

/** How many of the unread minutes the home page lists; the notifications list shows the rest. */
export const UNREAD_MINUTES_SHOWN = 5;

/**
 * Finalised minutes circulated to the user that they have not opened yet: the newest few meetings, and
 * how many there are in all (counted in the same statement, before the limit).
 */
export async function unreadMinutesOf(tx: Tx, userId: string): Promise<{ newest: { meetingId: string; startsAt: Date }[]; total: number }> {
  const rows = await tx
    .select({ meetingId: meetings.id, startsAt: meetings.startsAt, total: sql<number>`(count(*) over ())::int` })
    .from(notifications)
    .innerJoin(meetings, eq(meetings.id, notifications.meetingId))
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'minutes_circulated'), isNull(notifications.readAt)))
    .orderBy(desc(meetings.startsAt))
    .limit(UNREAD_MINUTES_SHOWN);
  return { newest: rows.map(({ total: _total, ...meeting }) => meeting), total: rows[0]?.total ?? 0 };
}
