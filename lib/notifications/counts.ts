import 'server-only';
import { and, eq, gte, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, meetings, notifications, users } from '@/db/schema';

/** The area's emails still to send, and those given up on in the last 7 days. */
export async function emailQueueCounts(tx: Tx, areaId: string, at: Date): Promise<{ waiting: number; failedLastWeek: number }> {
  const weekAgo = new Date(at.getTime() - 7 * 86_400_000);
  const [row] = await tx
    .select({
      waiting: sql<number>`count(*) filter (where ${notifications.emailState} in ('pending', 'sending'))::int`,
      failedLastWeek: sql<number>`count(*) filter (where ${notifications.emailState} = 'failed' and ${gte(notifications.createdAt, weekAgo)})::int`,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(agencies.areaId, areaId));
  return row;
}

/** Finalised minutes circulated to the user that they have not opened yet, oldest meeting first. */
export function unreadMinutesOf(tx: Tx, userId: string): Promise<{ meetingId: string; startsAt: Date }[]> {
  return tx
    .select({ meetingId: meetings.id, startsAt: meetings.startsAt })
    .from(notifications)
    .innerJoin(meetings, eq(meetings.id, notifications.meetingId))
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'minutes_circulated'), isNull(notifications.readAt)))
    .orderBy(meetings.startsAt);
}
