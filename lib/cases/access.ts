import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, agendaItems, cases, meetings, referrals, type Case } from '@/db/schema';
import { assertCan, type Action } from '@/lib/authz';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied } from '@/lib/errors';
import { now } from '@/db/clock';

/** After a meeting, its listed cases stay open to the area's agencies this long (to act on the minutes). */
export const LISTED_ACCESS_DAYS = 28;

/**
 * The agencies with a part in a case: those that referred it, and every agency of the area while the
 * case is on a published agenda (research, the meeting, and 28 days after it).
 */
export async function caseAgencyIds(tx: Tx, caseId: string): Promise<string[]> {
  const [referring, listed] = await Promise.all([
    tx.selectDistinct({ id: referrals.referringAgencyId }).from(referrals).where(eq(referrals.caseId, caseId)),
    tx
      .select({ id: agencies.id })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .innerJoin(agencies, eq(agencies.areaId, meetings.areaId))
      .where(
        and(
          eq(agendaItems.caseId, caseId),
          isNull(agendaItems.deferredToMeetingId),
          inArray(meetings.status, ['agenda_published', 'held', 'finalised']),
          sql`${meetings.startsAt} + make_interval(days => ${LISTED_ACCESS_DAYS}) > ${now().toISOString()}::timestamptz`,
        ),
      ),
  ]);
  return [...new Set([...referring, ...listed].map((r) => r.id))].sort();
}

/** Loads a case the viewer may act on, or answers "not found" (and the refusal is audited). */
export async function loadCaseFor(tx: Tx, me: Viewer, caseId: string, action: Action): Promise<Case> {
  const [found] = await tx.select().from(cases).where(eq(cases.id, caseId)).limit(1);
  if (!found) throw new AccessDenied(action, 'case', caseId, true);
  assertCan(me, action, { areaId: found.areaId, caseAgencyIds: await caseAgencyIds(tx, found.id) }, { type: 'case', id: found.id });
  return found;
}
