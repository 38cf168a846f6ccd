import 'server-only';
import { aliasedTable, and, asc, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { agencies, auditEvents, cases, users } from '@/db/schema';
import { casesVisibleTo } from '@/lib/authz/cases';
import { assertCan, can } from '@/lib/authz';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { recordAudit } from './record';
import type { AuditFilter } from './schemas';
import { aboutCase, AUDIT_COUNT_CAP, AUDIT_EXPORT_LIMIT, countEventsUpTo, eventColumns, eventRefs, inPeriod, pageWithin, uuidResourceOf } from './scope';

export const AUDIT_PAGE_SIZE = 50;
export { AUDIT_COUNT_CAP, AUDIT_EXPORT_LIMIT };

export interface AuditRow {
  id: number;
  occurredAt: Date;
  userId: string | null;
  userName: string | null;
  agencyName: string | null;
  role: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  /** The user the event is about, when it is about one of the area's users. */
  subjectUserName: string | null;
  /** The case the event is about, when it is one of the viewer's area. */
  caseId: string | null;
  caseNumber: string | null;
  /** How many cases a page or download showed (an agenda, the minutes). */
  casesShown: number;
  /** The viewer may open that case. */
  canOpenCase: boolean;
  outcome: string;
  justification: string | null;
  detail: string | null;
  requestId: string | null;
}

/** The case the log is filtered by: the number typed, and the case of the viewer's area it names. */
export interface AuditCaseFilter {
  number: string;
  /** Null when no case of the viewer's area has that number. */
  caseId: string | null;
}

export interface AuditPage {
  rows: AuditRow[];
  /** How many events match, up to AUDIT_COUNT_CAP. */
  total: number;
  /** More events match than were counted. */
  moreThanTotal: boolean;
  page: number;
  pageSize: number;
  caseFilter: AuditCaseFilter | null;
  /** The viewer may download the events as CSV. */
  canExport: boolean;
  /** The viewer may open a case's "who has seen this case" page. */
  canSeeCaseAccess: boolean;
  options: {
    users: { id: string; name: string }[];
    agencies: { id: string; name: string }[];
    actions: string[];
    resources: string[];
  };
}

/** The viewer's filters as one condition on audit_events, and the case a typed number names. */
async function auditCondition(tx: Tx, me: Viewer, filter: AuditFilter): Promise<{ condition: SQL; caseFilter: AuditCaseFilter | null }> {
  // Admins also see events that belong to no area (sign-in attempts with an unknown email).
  const inScope = can(me, 'audit.list_unattributed') ? or(eq(auditEvents.areaId, me.areaId), isNull(auditEvents.areaId))! : eq(auditEvents.areaId, me.areaId);
  const where: SQL[] = [inScope];
  if (filter.user) where.push(eq(auditEvents.userId, filter.user));
  if (filter.agency) where.push(eq(auditEvents.agencyId, filter.agency));
  if (filter.action) where.push(eq(auditEvents.action, filter.action));
  if (filter.resource) where.push(eq(auditEvents.resourceType, filter.resource));
  if (filter.outcome) where.push(eq(auditEvents.outcome, filter.outcome));
  where.push(...inPeriod(filter));
  let caseFilter: AuditCaseFilter | null = null;
  if (filter.case) {
    const [found] = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.areaId, me.areaId), eq(cases.number, filter.case)))
      .limit(1);
    caseFilter = { number: filter.case, caseId: found?.id ?? null };
    where.push(found ? aboutCase(found.id) : sql`false`);
  }
  return { condition: and(...where)!, caseFilter };
}

/**
 * The events themselves, newest first, with names joined in for display; the log holds ids only. The
 * case and the user an event's resource names are found through `eventRefs` (see there), so that
 * PostgreSQL looks each up by its primary key under row-level security.
 */
function selectAuditRows(tx: Tx, me: Viewer, condition: SQL, limit: number, offset: number): Promise<AuditRow[]> {
  const { actor, actorAgency, actorJoin, actorAgencyJoin, columns } = eventColumns();
  const subject = aliasedTable(users, 'subject');
  const subjectAgency = aliasedTable(agencies, 'subject_agency');
  // A refusal names its case only as the resource.
  const refs = eventRefs(tx, { caseRef: sql`coalesce(${auditEvents.caseId}, ${uuidResourceOf('case')})`, userRef: uuidResourceOf('user') });
  return tx
    .select({
      ...columns,
      subjectUserName: sql<string | null>`(case when ${subjectAgency.areaId} = ${me.areaId} then ${subject.name} end)`,
      caseId: cases.id,
      caseNumber: cases.number,
      canOpenCase: sql<boolean>`(${cases.id} is not null and ${casesVisibleTo(me)})`,
    })
    .from(auditEvents)
    .leftJoin(actor, actorJoin)
    .leftJoin(actorAgency, actorAgencyJoin)
    .leftJoinLateral(refs, sql`true`)
    .leftJoin(cases, and(eq(cases.id, refs.caseRef), eq(cases.areaId, me.areaId)))
    .leftJoin(subject, eq(subject.id, refs.userRef))
    .leftJoin(subjectAgency, eq(subjectAgency.id, subject.agencyId))
    .where(condition)
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit)
    .offset(offset);
}

/**
 * The area's audit events, newest first, filtered and paged in SQL. Filtered by a case number, it
 * holds every event about that case of the viewer's area (its own, the pages and downloads that
 * showed it, refusals naming it). Reading the log is itself an event.
 */
export function listAuditEvents(viewer: Viewer, filter: AuditFilter): Promise<AuditPage> {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'audit.list', { areaId: me.areaId }, { type: 'audit_event' });
    const { condition, caseFilter } = await auditCondition(tx, me, filter);
    const { total, moreThanTotal } = await countEventsUpTo(tx, condition);
    const page = pageWithin(filter.page, total, AUDIT_PAGE_SIZE);
    const rows = await selectAuditRows(tx, me, condition, AUDIT_PAGE_SIZE, (page - 1) * AUDIT_PAGE_SIZE);

    const [areaUsers, areaAgencies, actionRows, resourceRows] = await Promise.all([
      tx
        .select({ id: users.id, name: users.name })
        .from(users)
        .innerJoin(agencies, eq(agencies.id, users.agencyId))
        .where(eq(agencies.areaId, me.areaId))
        .orderBy(asc(users.name)),
      tx.select({ id: agencies.id, name: agencies.name }).from(agencies).where(eq(agencies.areaId, me.areaId)).orderBy(asc(agencies.name)),
      distinctValues(tx, 'action'),
      distinctValues(tx, 'resource_type'),
    ]);

    await recordAudit(tx, me, { action: 'audit.list', resourceType: 'audit_event', caseId: caseFilter?.caseId ?? null });
    return {
      rows,
      total,
      moreThanTotal,
      page,
      pageSize: AUDIT_PAGE_SIZE,
      caseFilter,
      canExport: can(me, 'audit.export', { areaId: me.areaId }),
      canSeeCaseAccess: can(me, 'case.access_log', { areaId: me.areaId }),
      options: {
        users: areaUsers,
        agencies: areaAgencies,
        actions: actionRows,
        resources: resourceRows,
      },
    };
  });
}

/**
 * The events the audit page shows for these filters, every page of them up to AUDIT_EXPORT_LIMIT (the
 * newest), for a CSV download. Downloading is an event of its own, with how many events it held.
 */
export function exportAuditEvents(viewer: Viewer, filter: AuditFilter): Promise<{ rows: AuditRow[]; caseFilter: AuditCaseFilter | null; truncated: boolean }> {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'audit.export', { areaId: me.areaId }, { type: 'audit_event' });
    const { condition, caseFilter } = await auditCondition(tx, me, filter);
    const rows = await selectAuditRows(tx, me, condition, AUDIT_EXPORT_LIMIT + 1, 0);
    const truncated = rows.length > AUDIT_EXPORT_LIMIT;
    if (truncated) rows.length = AUDIT_EXPORT_LIMIT;
    await recordAudit(tx, me, { action: 'audit.export', resourceType: 'audit_event', caseId: caseFilter?.caseId ?? null, detail: `rows_${rows.length}` });
    return { rows, caseFilter, truncated };
  });
}

/**
 * The distinct values of an indexed column of the log, for the filter choices, read by skipping
 * through its index one value at a time rather than scanning every event. They are names the code
 * writes (such as "referral.view"), the same in every area, so they are not limited to the viewer's.
 */
async function distinctValues(tx: Tx, column: 'action' | 'resource_type'): Promise<string[]> {
  const c = sql.identifier(column);
  const result = await tx.execute(sql`
    with recursive v(value) as (
      (select ${c} from audit_events order by ${c} limit 1)
      union all
      select (select ${c} from audit_events where ${c} > v.value order by ${c} limit 1) from v where v.value is not null
    )
    select value from v where value is not null`);
  return rowsOf<{ value: string }>(result).map((r) => r.value);
}
