import 'server-only';
import { and, eq, inArray, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, agendaItems, cases, meetings, referrals, type Case } from '@/db/schema';
import { assertCan, can, type Action } from '@/lib/authz';
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

/**
 * The SQL face of caseAgencyIds, for lists: the cases (rows of `cases` in the outer query) this agency
 * has a part in. Keep the two in step.
 */
export function caseOfAgency(agencyId: string): SQL {
  return or(
    sql`exists (select 1 from ${referrals} where ${referrals.caseId} = ${cases.id} and ${referrals.referringAgencyId} = ${agencyId})`,
    sql`exists (select 1 from ${agendaItems} join ${meetings} on ${meetings.id} = ${agendaItems.meetingId}
      where ${agendaItems.caseId} = ${cases.id} and ${agendaItems.deferredToMeetingId} is null
        and ${meetings.status} in ('agenda_published', 'held', 'finalised')
        and ${meetings.startsAt} + make_interval(days => ${LISTED_ACCESS_DAYS}) > ${now().toISOString()}::timestamptz)`,
  )!;
}

/**
 * Which of the area's cases the viewer may open, as a condition on `cases` for a list: all of them
 * for coordinators and chairs, the ones its agency has a part in for an agency, none for a viewer
 * with no part in cases (an administrator).
 */
export function casesVisibleTo(me: Viewer, action: Action = 'case.view'): SQL {
  if (can(me, action, { areaId: me.areaId })) return eq(cases.areaId, me.areaId);
  if (can(me, action, { areaId: me.areaId, caseAgencyIds: [me.agencyId] })) return and(eq(cases.areaId, me.areaId), caseOfAgency(me.agencyId))!;
  return sql`false`;
}

/**
 * The coming (or running) meeting a case is listed on, as columns to select beside `cases`. Agencies
 * see a listing once the agenda is published; those who run meetings see draft agendas too.
 */
export function nextListing(me: Viewer) {
  const statuses = can(me, 'meeting.run', { areaId: me.areaId }) ? (['scheduled', 'agenda_published', 'held'] as const) : (['agenda_published', 'held'] as const);
  const listed = sql`from ${agendaItems} join ${meetings} on ${meetings.id} = ${agendaItems.meetingId}
    where ${agendaItems.caseId} = ${cases.id} and ${agendaItems.deferredToMeetingId} is null
      and ${inArray(meetings.status, [...statuses])}
    order by ${meetings.startsAt} limit 1`;
  // Nested in a fragment of its own, drizzle names each column with its table even in a one-table select.
  const first = (column: SQLWrapper) => sql`${sql`(select ${column} ${listed})`}`;
  return {
    listedMeetingId: first(meetings.id).mapWith(String) as SQL<string | null>,
    listedMeetingStartsAt: first(meetings.startsAt).mapWith(meetings.startsAt) as SQL<Date | null>,
  };
}
