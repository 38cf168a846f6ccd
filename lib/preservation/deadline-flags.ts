import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { now, todayInUk } from '@/db/clock';
import { agencies, preservationRequests, users } from '@/db/schema';
import { systemActor } from '@/lib/audit/record';
import { can, rolesThatMay } from '@/lib/authz';
import { caseRelationsOf } from '@/lib/authz/cases';
import { inTransaction } from '@/lib/logging/transaction';
import { notifyUsers } from '@/lib/notifications/notify';
import { isDeadlineNearSql } from './status-sql';

/**
 * The police users to tell about a case's request: the enabled users of the area's police agencies
 * who may see the case's requests and update them (lib/authz: the police with a part in the case,
 * and the area's coordinators and chairs who are police).
 */
async function policeOfCase(tx: Tx, request: { areaId: string; caseId: string }): Promise<string[]> {
  const police = await tx
    .select({ userId: users.id, role: users.role, agencyId: agencies.id })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(eq(agencies.areaId, request.areaId), eq(agencies.type, 'police'), eq(agencies.active, true), eq(users.active, true), inArray(users.role, rolesThatMay('preservation.update'))));
  const relationsOfAgency = new Map<string, Awaited<ReturnType<typeof caseRelationsOf>>>();
  const told: string[] = [];
  for (const p of police) {
    const subject = { userId: p.userId, role: p.role, areaId: request.areaId, agencyId: p.agencyId, agencyType: 'police' as const };
    if (!relationsOfAgency.has(p.agencyId)) relationsOfAgency.set(p.agencyId, await caseRelationsOf(tx, subject, request.caseId));
    const caseRelations = relationsOfAgency.get(p.agencyId)!;
    if (can(subject, 'preservation.view', { areaId: request.areaId, caseRelations }) && can(subject, 'preservation.update', { areaId: request.areaId })) told.push(p.userId);
  }
  return told;
}

/**
 * The daily job: tells the police users of the case, in the app and by the usual anonymous email,
 * when a request still awaiting the platform is 15 days or fewer from its deadline. Once per deadline:
 * `flagged_at` is set in the transaction that sends the notifications, and cleared when the deadline
 * moves (an extension, a deadline the platform gave). A request re-read and locked before it is
 * flagged, so two runners at once, or a change a moment earlier, flag nothing twice or wrongly.
 */
export async function flagPreservationDeadlines(today = todayInUk()): Promise<{ flagged: number }> {
  const actor = systemActor('preservation-deadlines');
  const due = and(isDeadlineNearSql(today), isNull(preservationRequests.flaggedAt))!;
  const candidates = await inTransaction({ verb: 'flagPreservationDeadlines', requestId: actor.requestId }, (tx) =>
    tx.select({ id: preservationRequests.id }).from(preservationRequests).where(due),
  );
  let flagged = 0;
  for (const { id } of candidates) {
    await inTransaction({ verb: 'flagPreservationDeadlines', requestId: actor.requestId }, async (tx) => {
      const [request] = await tx
        .select({ id: preservationRequests.id, areaId: preservationRequests.areaId, caseId: preservationRequests.caseId })
        .from(preservationRequests)
        .where(and(eq(preservationRequests.id, id), due))
        .for('update');
      if (!request) return;
      // A case with no police user to tell is flagged once it has one.
      const recipients = await policeOfCase(tx, request);
      if (recipients.length === 0) return;
      await tx.update(preservationRequests).set({ flaggedAt: now() }).where(eq(preservationRequests.id, request.id));
      await notifyUsers(tx, { ...actor, areaId: request.areaId }, recipients, 'preservation_deadline_near', { caseId: request.caseId });
      flagged += 1;
    });
  }
  return { flagged };
}
