import 'server-only';
import { and, eq, inArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actionItems, agencies, agendaItems, cases, meetings, referrals, type Case } from '@/db/schema';
import { assertCan, can, type Action } from '@/lib/authz';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied } from '@/lib/errors';
import { now } from '@/db/clock';

/** After a meeting, its listed cases stay open to the area's agencies this long (to act on the minutes). */
export const LISTED_ACCESS_DAYS = 28;
/** An agency that owns an action on a case may open the case while the action is open, and this long after it closes. */
export const ACTION_ACCESS_DAYS = 28;

/**
 * The relations by which an agency has a part in a case, written once: the case (`cases` of the outer
 * query) was referred by the agency; or it is on a published agenda (research, the meeting, and
 * LISTED_ACCESS_DAYS after it), which every agency of the area then has a part in; or the agency owns an
 * action on it that is still to do, or closed within ACTION_ACCESS_DAYS. `agencyId` is a value or a
 * column. Both faces below are built from it: caseAgencyIds for one case, caseOfAgency for lists.
 */
function agencyHasPart(agencyId: SQLWrapper | string): SQL {
  const at = sql`${now().toISOString()}::timestamptz`;
  return or(
    sql`exists (select 1 from ${referrals} where ${referrals.caseId} = ${cases.id} and ${referrals.referringAgencyId} = ${agencyId})`,
    sql`exists (select 1 from ${agendaItems} join ${meetings} on ${meetings.id} = ${agendaItems.meetingId}
      where ${agendaItems.caseId} = ${cases.id} and ${agendaItems.deferredToMeetingId} is null
        and ${meetings.status} in ('agenda_published', 'held', 'finalised')
        and ${meetings.startsAt} + make_interval(days => ${LISTED_ACCESS_DAYS}) > ${at})`,
    sql`exists (select 1 from ${actionItems} where ${actionItems.caseId} = ${cases.id} and ${actionItems.ownerAgencyId} = ${agencyId}
        and (${actionItems.status} in ('open', 'in_progress') or ${actionItems.closedAt} + make_interval(days => ${ACTION_ACCESS_DAYS}) > ${at}))`,
  )!;
}

/** The agencies with a part in one case (agencyHasPart), for the policy's check of that case. */
export async function caseAgencyIds(tx: Tx, caseId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: agencies.id })
    .from(cases)
    .innerJoin(agencies, eq(agencies.areaId, cases.areaId))
    .where(and(eq(cases.id, caseId), agencyHasPart(agencies.id)));
  return rows.map((r) => r.id).sort();
}

/** Loads a case the viewer may act on, or answers "not found" (and the refusal is audited). */
export async function loadCaseFor(tx: Tx, me: Viewer, caseId: string, action: Action): Promise<Case> {
  const [found] = await tx.select().from(cases).where(eq(cases.id, caseId)).limit(1);
  if (!found) throw new AccessDenied(action, 'case', caseId, true);
  assertCan(me, action, { areaId: found.areaId, caseAgencyIds: await caseAgencyIds(tx, found.id) }, { type: 'case', id: found.id });
  return found;
}

/** The SQL face of the same relations, for lists: the cases (rows of `cases` in the outer query) this agency has a part in. */
export function caseOfAgency(agencyId: string): SQL {
  return agencyHasPart(agencyId);
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

/** Which of these cases the viewer may see now (casesVisibleTo), for a page that shows several. */
export async function visibleCaseIds(tx: Tx, me: Viewer, caseIds: readonly string[]): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const rows = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(inArray(cases.id, [...caseIds]), casesVisibleTo(me)));
  return new Set(rows.map((r) => r.id));
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
