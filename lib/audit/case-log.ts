import 'server-only';
import { aliasedTable, and, asc, countDistinct, count, desc, eq, max, min, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, agendaItems, auditEvents, meetings, users, type Case } from '@/db/schema';
import { assertCan, can } from '@/lib/authz';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { caseRelationsOf, loadCaseFor } from '@/lib/authz/cases';
import { recordAudit } from './record';
import type { CaseAccessFilter } from './schemas';
import { aboutCase, AUDIT_EXPORT_LIMIT, countEventsUpTo, eventColumns, eventRefs, inPeriod, pageWithin, uuidResourceOf } from './scope';

export const CASE_LOG_PAGE_SIZE = 50;

/** One event of a case's log: who, from which agency, when, what, about which record, why, the outcome. */
export interface CaseAccessRow {
  id: number;
  occurredAt: Date;
  userId: string | null;
  userName: string | null;
  agencyName: string | null;
  role: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  /** The meeting the event was about (its agenda, research or minutes), when it was about one. */
  meetingStartsAt: Date | null;
  /** How many cases the page or download showed, when it showed cases (an agenda, the minutes). */
  casesShown: number;
  outcome: 'allowed' | 'denied' | 'error';
  /** Why they did it, where the product asked them (a reveal's reason, a deferral's). */
  justification: string | null;
  detail: string | null;
  requestId: string | null;
}

export interface CaseAccessSummary {
  events: number;
  /** Different people (users) with an event about the case. */
  people: number;
  agencies: number;
  /** Protected details shown, and requests refused. */
  reveals: number;
  refused: number;
  firstAt: Date | null;
  lastAt: Date | null;
}

export interface CaseAccessLog {
  /** The case by its number only: the page shows nothing of its content. */
  case: { id: string; number: string };
  /** The viewer may open the case itself. */
  canOpenCase: boolean;
  /** The viewer may download the log as CSV. */
  canExport: boolean;
  /** Every event about the case, whatever the filters. */
  summary: CaseAccessSummary;
  rows: CaseAccessRow[];
  /** How many events match the filters, up to AUDIT_COUNT_CAP. */
  total: number;
  moreThanTotal: boolean;
  page: number;
  pageSize: number;
  /** The people, agencies and kinds of event the case's log holds, for the filters. */
  options: { users: { id: string; name: string }[]; agencies: { id: string; name: string }[]; actions: string[] };
}

/** Every event about this case of its area: the log the page reads, before its filters. */
const ofCase = (found: Case): SQL => and(eq(auditEvents.areaId, found.areaId), aboutCase(found.id))!;

function filtered(found: Case, filter: CaseAccessFilter): SQL {
  const where: SQL[] = [ofCase(found)];
  if (filter.user) where.push(eq(auditEvents.userId, filter.user));
  if (filter.agency) where.push(eq(auditEvents.agencyId, filter.agency));
  if (filter.action) where.push(eq(auditEvents.action, filter.action));
  if (filter.outcome) where.push(eq(auditEvents.outcome, filter.outcome));
  where.push(...inPeriod(filter));
  return and(...where)!;
}

/** The events, newest first, with the names of who did them and the meeting they were about joined in. */
function selectRows(tx: Tx, found: Case, condition: SQL, limit: number, offset: number): Promise<CaseAccessRow[]> {
  const { actor, actorAgency, actorJoin, actorAgencyJoin, columns } = eventColumns();
  const item = aliasedTable(agendaItems, 'item');
  const refs = eventRefs(tx, { itemRef: uuidResourceOf('agenda_item'), meetingRef: uuidResourceOf('meeting') });
  return tx
    .select({ ...columns, meetingStartsAt: meetings.startsAt })
    .from(auditEvents)
    .leftJoin(actor, actorJoin)
    .leftJoin(actorAgency, actorAgencyJoin)
    .leftJoinLateral(refs, sql`true`)
    .leftJoin(item, eq(item.id, refs.itemRef))
    .leftJoin(meetings, and(eq(meetings.id, sql`coalesce(${refs.meetingRef}, ${item.meetingId})`), eq(meetings.areaId, found.areaId)))
    .where(condition)
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit)
    .offset(offset);
}

async function summaryOf(tx: Tx, found: Case): Promise<CaseAccessSummary> {
  const [row] = await tx
    .select({
      events: count(),
      people: countDistinct(auditEvents.userId),
      agencies: countDistinct(auditEvents.agencyId),
      reveals: sql<number>`(count(*) filter (where ${auditEvents.action} = 'case.reveal_protected' and ${auditEvents.outcome} = 'allowed'))::int`,
      refused: sql<number>`(count(*) filter (where ${auditEvents.outcome} = 'denied'))::int`,
      firstAt: min(auditEvents.occurredAt),
      lastAt: max(auditEvents.occurredAt),
    })
    .from(auditEvents)
    .where(ofCase(found));
  return row;
}

async function optionsOf(tx: Tx, found: Case): Promise<CaseAccessLog['options']> {
  const [people, agencyRows, actionRows] = await Promise.all([
    tx
      .selectDistinct({ id: users.id, name: users.name })
      .from(auditEvents)
      .innerJoin(users, eq(users.id, auditEvents.userId))
      .where(ofCase(found))
      .orderBy(asc(users.name), asc(users.id)),
    tx
      .selectDistinct({ id: agencies.id, name: agencies.name })
      .from(auditEvents)
      .innerJoin(agencies, and(eq(agencies.id, auditEvents.agencyId), eq(agencies.areaId, found.areaId)))
      .where(ofCase(found))
      .orderBy(asc(agencies.name), asc(agencies.id)),
    tx.selectDistinct({ action: auditEvents.action }).from(auditEvents).where(ofCase(found)).orderBy(asc(auditEvents.action)),
  ]);
  return { users: people, agencies: agencyRows, actions: actionRows.map((r) => r.action) };
}

/**
 * Who has seen this case: every read, reveal, download and change of it in the audit log (its own
 * events, the agendas, research and minutes that showed it, and refusals naming it), newest first,
 * filtered and paged in SQL. For the area's coordinators and its information-governance lead, who see
 * the case by its number only. Anyone else is answered "not found", and the refusal is recorded.
 * Reading the log is itself an event about the case.
 */
export function getCaseAccessLog(viewer: Viewer, caseId: string, filter: CaseAccessFilter): Promise<CaseAccessLog> {
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, caseId, 'case.access_log');
    const condition = filtered(found, filter);
    const { total, moreThanTotal } = await countEventsUpTo(tx, condition);
    const page = pageWithin(filter.page, total, CASE_LOG_PAGE_SIZE);
    const [rows, summary, options] = await Promise.all([
      selectRows(tx, found, condition, CASE_LOG_PAGE_SIZE, (page - 1) * CASE_LOG_PAGE_SIZE),
      summaryOf(tx, found),
      optionsOf(tx, found),
    ]);
    await recordAudit(tx, me, { action: 'case.access_log', resourceType: 'case', resourceId: found.id, caseId: found.id });
    return {
      case: { id: found.id, number: found.number },
      canOpenCase: can(me, 'case.view', { areaId: found.areaId, caseRelations: await caseRelationsOf(tx, me, found.id) }),
      canExport: can(me, 'audit.export', { areaId: found.areaId }),
      summary,
      rows,
      total,
      moreThanTotal,
      page,
      pageSize: CASE_LOG_PAGE_SIZE,
      options,
    };
  });
}

/**
 * The case's log as the page shows it for these filters, every page up to AUDIT_EXPORT_LIMIT events
 * (the newest), for a CSV download. The download is an event about the case, with how many it held.
 */
export function exportCaseAccessLog(
  viewer: Viewer,
  caseId: string,
  filter: CaseAccessFilter,
): Promise<{ case: { id: string; number: string }; rows: CaseAccessRow[]; truncated: boolean }> {
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, caseId, 'case.access_log');
    assertCan(me, 'audit.export', { areaId: found.areaId }, { type: 'case', id: found.id });
    const rows = await selectRows(tx, found, filtered(found, filter), AUDIT_EXPORT_LIMIT + 1, 0);
    const truncated = rows.length > AUDIT_EXPORT_LIMIT;
    if (truncated) rows.length = AUDIT_EXPORT_LIMIT;
    await recordAudit(tx, me, { action: 'case.access_log_export', resourceType: 'case', resourceId: found.id, caseId: found.id, detail: `rows_${rows.length}` });
    return { case: { id: found.id, number: found.number }, rows, truncated };
  });
}
