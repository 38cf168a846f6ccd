import 'server-only';
import { and, eq, gte, isNull } from 'drizzle-orm';
import { meetings } from '@/db/schema';
import { systemActor } from '@/lib/audit/record';
import { notifyUsers, usersOfArea } from '@/lib/notifications/notify';
import { now, todayInUk } from '@/db/clock';
import { ukTimeToInstant } from './schemas';
import { inTransaction } from '@/lib/logging/transaction';

/**
 * The research-request job: once an agenda is published, asks every user of the area's agencies to
 * research its cases. Each meeting is claimed by setting research_requested_at in the same
 * transaction as the notifications, so two runners never ask twice. A meeting whose day has passed
 * is not asked about; one published on its own day still is, until it starts.
 */
export async function sendResearchRequests(): Promise<number> {
  const actor = systemActor('research-requests');
  const waiting = await inTransaction({ verb: 'sendResearchRequests', requestId: actor.requestId }, (tx) =>
    tx
      .select({ id: meetings.id, areaId: meetings.areaId })
      .from(meetings)
      .where(and(eq(meetings.status, 'agenda_published'), isNull(meetings.researchRequestedAt), gte(meetings.startsAt, ukTimeToInstant(todayInUk(), '00:00')))),
  );
  let requested = 0;
  for (const meeting of waiting) {
    await inTransaction({ verb: 'sendResearchRequests', requestId: actor.requestId }, async (tx) => {
      const claimed = await tx
        .update(meetings)
        .set({ researchRequestedAt: now() })
        .where(and(eq(meetings.id, meeting.id), isNull(meetings.researchRequestedAt)))
        .returning({ id: meetings.id });
      if (claimed.length === 0) return;
      await notifyUsers(tx, { ...actor, areaId: meeting.areaId }, await usersOfArea(tx, meeting.areaId), 'research_requested', { meetingId: meeting.id });
      requested += 1;
    });
  }
  return requested;
}
