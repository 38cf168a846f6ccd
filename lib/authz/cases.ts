import 'server-only';
import { and, eq, inArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { isOpenSql } from '@/lib/action-items/status-sql';
import type { Tx } from '@/db/client';
import { actionItems, agendaItems, cases, meetings, referrals, type Case } from '@/db/schema';
import { now } from '@/db/clock';
import { AccessDenied } from '@/lib/errors';
import { knownId } from '@/lib/input/ids';
import { assertCan, holds, relationsFor, type Action, type CaseRelation, type Subject } from '.';
import { ACTION_ACCESS_DAYS, LISTED_ACCESS_DAYS } from './policy';

/** The clock's now, as SQL (never the database's own now()). */
const instant = () => sql`${now().toISOString()}::timestamptz`;

/**
 * The relations of an agency to a case, each written once in SQL over the case row (`cases` of the
 * outer query); `agencyId` is a value or a column, `at` the instant the windows are measured from.
 * The faces built from these: the check of one case (caseRelationsOf, then `can`), the filter of a
 * list (casesVisibleTo), and the database's own row-level security (./row-security.ts).
 */
export const caseRelationSql: Record<CaseRelation, (agencyId: SQLWrapper | string, at?: SQL) => SQL> = {
  // The referring agency of any of the case's referrals, or the second agency of a joint referral.
  referrer: (agencyId) =>
    sql`exists (select 1 from ${referrals} where ${referrals.caseId} = ${cases.id} and (${referrals.referringAgencyId} = ${agencyId} or ${referrals.jointAgencyId} = ${agencyId}))`,
  // Every agency of the area: the agenda is shared with all of them to research and act on.
  listed: (_agencyId, at = instant()) => sql`exists (select 1 from ${agendaItems} join ${meetings} on ${meetings.id} = ${agendaItems.meetingId}
      where ${agendaItems.caseId} = ${cases.id} and ${agendaItems.deferredToMeetingId} is null
        and ${meetings.status} in ('agenda_published', 'held', 'finalised')
        and ${meetings.startsAt} + make_interval(days => ${LISTED_ACCESS_DAYS}) > ${at})`,
  action_owner: (agencyId, at = instant()) =>
    sql`exists (select 1 from ${actionItems} where ${actionItems.caseId} = ${cases.id} and ${actionItems.ownerAgencyId} = ${agencyId}
        and (${isOpenSql()} or ${actionItems.closedAt} + make_interval(days => ${ACTION_ACCESS_DAYS}) > ${at}))`,
};

const caseRelationNames = Object.keys(caseRelationSql) as CaseRelation[];
export const isCaseRelation = (r: string): r is CaseRelation => r in caseRelationSql;

/** The viewer's relations to the case of the outer query, as columns named by relation. */
function relationColumns(me: Subject): Record<CaseRelation, SQL<boolean>> {
  return Object.fromEntries(caseRelationNames.map((r) => [r, sql<boolean>`${caseRelationSql[r](me.agencyId)}`])) as Record<CaseRelation, SQL<boolean>>;
}

const relationsIn = (row: Record<CaseRelation, boolean | null>) => caseRelationNames.filter((r) => row[r] === true);

/** The viewer's relations to one case: what `can(viewer, action, { areaId, caseRelations })` looks at. */
export async function caseRelationsOf(tx: Tx, me: Subject, caseId: string): Promise<CaseRelation[]> {
  const [row] = await tx.select(relationColumns(me)).from(cases).where(eq(cases.id, caseId));
  return row ? relationsIn(row) : [];
}

/**
 * Loads a case the viewer may act on, with the viewer's relations to it (read in the same query), or
 * answers "not found" (and the refusal is audited).
 */
export async function loadCaseWithRelations(tx: Tx, me: Subject, caseId: string, action: Action): Promise<{ found: Case; caseRelations: CaseRelation[] }> {
  const [row] = await tx
    .select({ found: cases, relations: relationColumns(me) })
    .from(cases)
    .where(eq(cases.id, knownId(caseId, action, 'case')))
    .limit(1);
  if (!row) throw new AccessDenied(action, 'case', caseId, true);
  const { found } = row;
  const caseRelations = found.areaId === me.areaId ? relationsIn(row.relations) : [];
  assertCan(me, action, { areaId: found.areaId, caseRelations }, { type: 'case', id: found.id });
  return { found, caseRelations };
}

/** Loads a case the viewer may act on, or answers "not found" (and the refusal is audited). */
export async function loadCaseFor(tx: Tx, me: Subject, caseId: string, action: Action): Promise<Case> {
  return (await loadCaseWithRelations(tx, me, caseId, action)).found;
}

/**
 * The same policy row as a condition on `cases`, for a list: the cases of the viewer's area in which
 * one of the relations the viewer's role needs for the action holds. All of the area's for a
 * coordinator, those its agency has a part in for an agency, none for an administrator.
 */
export function casesVisibleTo(me: Subject, action: Action = 'case.view'): SQL {
  const conditions = relationsFor(me, action).map((relation) =>
    isCaseRelation(relation) ? caseRelationSql[relation](me.agencyId) : holds(relation, me, { areaId: me.areaId }) ? sql`true` : sql`false`,
  );
  if (conditions.length === 0) return sql`false`;
  return and(eq(cases.areaId, me.areaId), or(...conditions))!;
}

/** Which of these cases the viewer may see now (casesVisibleTo), for a page that shows several. */
export async function visibleCaseIds(tx: Tx, me: Subject, caseIds: readonly string[]): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const rows = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(inArray(cases.id, [...caseIds]), casesVisibleTo(me)));
  return new Set(rows.map((r) => r.id));
}
