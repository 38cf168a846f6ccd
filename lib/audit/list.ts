import 'server-only';
import { aliasedTable, and, asc, count, desc, eq, gte, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { agencies, auditEvents, cases, users } from '@/db/schema';
import { casesVisibleTo } from '@/lib/authz/cases';
import { assertCan, can } from '@/lib/authz';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { recordAudit } from './record';
import type { AuditFilter } from './schemas';

export const AUDIT_PAGE_SIZE = 50;
/** The log is counted up to this many events; past it the page says "more than". */
export const AUDIT_COUNT_CAP = 10_000;

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

export interface AuditPage {
  rows: AuditRow[];
  /** How many events match, up to AUDIT_COUNT_CAP. */
  total: number;
  /** More events match than were counted. */
  moreThanTotal: boolean;
  page: number;
  pageSize: number;
  options: {
    users: { id: string; name: string }[];
    agencies: { id: string; name: string }[];
    actions: string[];
    resources: string[];
  };
}

const nextDay = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000);

/**
 * The area's audit events, newest first, filtered and paged in SQL. Names are joined in for
 * display; the log itself holds ids only. Reading the log is itself an event.
 */
export function listAuditEvents(viewer: Viewer, filter: AuditFilter): Promise<AuditPage> {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'audit.list', { areaId: me.areaId }, { type: 'audit_event' });

    // Admins also see events that belong to no area (sign-in attempts with an unknown email).
    const inScope = can(me, 'audit.list_unattributed') ? or(eq(auditEvents.areaId, me.areaId), isNull(auditEvents.areaId))! : eq(auditEvents.areaId, me.areaId);
    const where: SQL[] = [inScope];
    if (filter.user) where.push(eq(auditEvents.userId, filter.user));
    if (filter.agency) where.push(eq(auditEvents.agencyId, filter.agency));
    if (filter.action) where.push(eq(auditEvents.action, filter.action));
    if (filter.resource) where.push(eq(auditEvents.resourceType, filter.resource));
    if (filter.outcome) where.push(eq(auditEvents.outcome, filter.outcome));
    if (filter.from) where.push(gte(auditEvents.occurredAt, new Date(`${filter.from}T00:00:00Z`)));
    if (filter.to) where.push(lt(auditEvents.occurredAt, nextDay(filter.to)));
    const condition = and(...where);

    // Counting a large log exactly costs a scan of all of it on every page: count up to the cap.
    const matching = tx.select({ one: sql`1` }).from(auditEvents).where(condition).limit(AUDIT_COUNT_CAP + 1).as('matching');
    const [{ counted }] = await tx.select({ counted: count() }).from(matching);
    const total = Math.min(counted, AUDIT_COUNT_CAP);
    const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
    const page = Math.min(filter.page ?? 1, pageCount);

    const actor = aliasedTable(users, 'actor');
    const actorAgency = aliasedTable(agencies, 'actor_agency');
    const subject = aliasedTable(users, 'subject');
    const subjectAgency = aliasedTable(agencies, 'subject_agency');
    // A refusal names its case only as the resource; an event's ids are checked before they are cast.
    const uuidOf = (type: string) =>
      sql`(case when ${auditEvents.resourceType} = ${type} and ${auditEvents.resourceId} ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then ${auditEvents.resourceId}::uuid end)`;
    const rows = await tx
      .select({
        id: auditEvents.id,
        occurredAt: auditEvents.occurredAt,
        userId: auditEvents.userId,
        userName: actor.name,
        agencyName: actorAgency.name,
        role: auditEvents.role,
        action: auditEvents.action,
        resourceType: auditEvents.resourceType,
        resourceId: auditEvents.resourceId,
        subjectUserName: sql<string | null>`(case when ${subjectAgency.areaId} = ${me.areaId} then ${subject.name} end)`,
        caseId: cases.id,
        caseNumber: cases.number,
        casesShown: sql<number>`coalesce(cardinality(${auditEvents.caseIds}), 0)`.mapWith(Number),
        canOpenCase: sql<boolean>`(${cases.id} is not null and ${casesVisibleTo(me)})`,
        outcome: auditEvents.outcome,
        justification: auditEvents.justification,
        detail: auditEvents.detail,
        requestId: auditEvents.requestId,
      })
      .from(auditEvents)
      .leftJoin(actor, eq(actor.id, auditEvents.userId))
      .leftJoin(actorAgency, eq(actorAgency.id, auditEvents.agencyId))
      .leftJoin(cases, and(eq(cases.id, sql`coalesce(${auditEvents.caseId}, ${uuidOf('case')})`), eq(cases.areaId, me.areaId)))
      .leftJoin(subject, eq(subject.id, uuidOf('user')))
      .leftJoin(subjectAgency, eq(subjectAgency.id, subject.agencyId))
      .where(condition)
      .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((page - 1) * AUDIT_PAGE_SIZE);

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

    await recordAudit(tx, me, { action: 'audit.list', resourceType: 'audit_event' });
    return {
      rows,
      total,
      moreThanTotal: counted > AUDIT_COUNT_CAP,
      page,
      pageSize: AUDIT_PAGE_SIZE,
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
