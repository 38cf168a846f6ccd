import 'server-only';
import { and, count, desc, eq, gte, isNull, sql } from 'drizzle-orm';
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

/** The header counts unread notifications up to this many, and says "99+" above it. */
export const UNREAD_CAP = 99;

/**
 * The user's unread notifications for the header, counted up to UNREAD_CAP + 1 from the partial index
 * of unread rows, so a backlog costs no more than a full inbox. It reads nothing about anyone but the
 * user, so, unlike reads of records, it is not an audit event.
 */
export async function countUnread(tx: Tx, userId: string): Promise<number> {
  const unread = tx
    .select({ one: sql`1` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .limit(UNREAD_CAP + 1)
    .as('unread');
  const [{ n }] = await tx.select({ n: count() }).from(unread);
  return n;
}

/** How many of the unread minutes the home page lists; the notifications list shows the rest. */
export const UNREAD_MINUTES_SHOWN = 5;

const unreadMinutes = (userId: string) => and(eq(notifications.userId, userId), eq(notifications.kind, 'minutes_circulated'), isNull(notifications.readAt));

/**
 * Finalised minutes circulated to the user that they have not opened yet: the newest few meetings, and
 * how many there are in all.
 */
export async function unreadMinutesOf(tx: Tx, userId: string): Promise<{ newest: { meetingId: string; startsAt: Date }[]; total: number }> {
  const newest = await tx
    .select({ meetingId: meetings.id, startsAt: meetings.startsAt })
    .from(notifications)
    .innerJoin(meetings, eq(meetings.id, notifications.meetingId))
    .where(unreadMinutes(userId))
    .orderBy(desc(meetings.startsAt))
    .limit(UNREAD_MINUTES_SHOWN);
  if (newest.length < UNREAD_MINUTES_SHOWN) return { newest, total: newest.length };
  const [{ total }] = await tx.select({ total: count() }).from(notifications).where(unreadMinutes(userId));
  return { newest, total };
}
