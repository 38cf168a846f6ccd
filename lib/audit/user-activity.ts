import 'server-only';
import { and, count, countDistinct, desc, eq, max, min, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { auditEvents, cases } from '@/db/schema';
import { assertCan, can } from '@/lib/authz';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { casesVisibleTo } from '@/lib/authz/cases';
import { AccessDenied } from '@/lib/errors';
import { knownId } from '@/lib/input/ids';
import { loadUserRecord } from '@/lib/users/load';
import { recordAudit } from './record';
import type { UserActivityFilter } from './schemas';
import { countEventsUpTo, inPeriod, pageWithin, uuidResourceOf } from './scope';

export const USER_CASES_PAGE_SIZE = 25;

export interface TouchedCase {
  caseId: string;
  number: string;
  /** This user's events about the case: its own, and pages or downloads that showed it. */
  events: number;
  reveals: number;
  refused: number;
  firstAt: Date;
  lastAt: Date;
  /** The viewer may open the case itself. */
  canOpenCase: boolean;
}

export interface UserActivity {
  user: { id: string; name: string; agencyName: string; role: string; active: boolean };
  /** The user's events in the period, counted up to AUDIT_COUNT_CAP. */
  events: number;
  moreThanEvents: boolean;
  firstAt: Date | null;
  lastAt: Date | null;
  /** The cases the user's events were about, the most recently touched first, paged in SQL. */
  cases: TouchedCase[];
  casesTotal: number;
  page: number;
  pageSize: number;
  /** The kinds of record the user's events were about: how many records of each, in how many events. */
  records: { resourceType: string; records: number; events: number }[];
  /** What the user did, by action, the most frequent first. */
  actions: { action: string; outcome: string; events: number }[];
  /** The viewer may open a case's "who has seen this case" page. */
  canSeeCaseAccess: boolean;
}

/**
 * Everything one user of the viewer's area touched: their events in the audit log, the cases those
 * events were about (directly, or shown on an agenda, research page or minutes), and the other records.
 * For those who read the audit log. Reading it is an event about that user.
 */
export function getUserActivity(viewer: Viewer, userId: string, filter: UserActivityFilter): Promise<UserActivity> {
  return withViewer(viewer, async (tx, me) => {
    const record = await loadUserRecord(tx, knownId(userId, 'audit.list', 'user'));
    if (!record) throw new AccessDenied('audit.list', 'user', userId, true);
    assertCan(me, 'audit.list', { areaId: record.areaId }, { type: 'user', id: userId });
    const byUser = and(eq(auditEvents.userId, userId), eq(auditEvents.areaId, record.areaId), ...inPeriod(filter))!;

    const [{ total, moreThanTotal }, [span], records, actions] = await Promise.all([
      countEventsUpTo(tx, byUser),
      tx.select({ firstAt: min(auditEvents.occurredAt), lastAt: max(auditEvents.occurredAt) }).from(auditEvents).where(byUser),
      tx
        .select({ resourceType: auditEvents.resourceType, records: countDistinct(auditEvents.resourceId), events: count() })
        .from(auditEvents)
        .where(byUser)
        .groupBy(auditEvents.resourceType)
        .orderBy(desc(count()), auditEvents.resourceType),
      tx
        .select({ action: auditEvents.action, outcome: auditEvents.outcome, events: count() })
        .from(auditEvents)
        .where(byUser)
        .groupBy(auditEvents.action, auditEvents.outcome)
        .orderBy(desc(count()), auditEvents.action, auditEvents.outcome),
    ]);

    let page = Math.max(1, filter.page ?? 1);
    let touched = await touchedCases(tx, me, byUser, record.areaId, page);
    if (touched.rows.length === 0 && page > 1) {
      // Past the last page (an old link): show the last page there is.
      const total = (await touchedCases(tx, me, byUser, record.areaId, 1)).total;
      page = pageWithin(page, total, USER_CASES_PAGE_SIZE);
      touched = await touchedCases(tx, me, byUser, record.areaId, page);
    }

    await recordAudit(tx, me, { action: 'audit.user_activity', resourceType: 'user', resourceId: userId });
    return {
      user: { id: record.user.id, name: record.user.name, agencyName: record.agencyName, role: record.user.role, active: record.user.active },
      events: total,
      moreThanEvents: moreThanTotal,
      firstAt: span?.firstAt ?? null,
      lastAt: span?.lastAt ?? null,
      cases: touched.rows,
      casesTotal: touched.total,
      page,
      pageSize: USER_CASES_PAGE_SIZE,
      records,
      actions,
      canSeeCaseAccess: can(me, 'case.access_log', { areaId: record.areaId }),
    };
  });
}

/** One page of the cases the events matching `byUser` were about, with how many cases there are in all. */
async function touchedCases(tx: Tx, me: Viewer, byUser: SQL, areaId: string, page: number): Promise<{ rows: TouchedCase[]; total: number }> {
  const result = await tx.execute(sql`
    with touched as (
      select shown.case_id, ${auditEvents.occurredAt} as occurred_at, ${auditEvents.action} as action, ${auditEvents.outcome} as outcome
      from ${auditEvents}
      cross join lateral (
        select ${auditEvents.caseId}
        union select unnest(${auditEvents.caseIds})
        union select ${uuidResourceOf('case')}
      ) as shown(case_id)
      where ${byUser} and shown.case_id is not null
    ),
    per_case as (
      select case_id,
             count(*)::int as events,
             (count(*) filter (where action = 'case.reveal_protected' and outcome = 'allowed'))::int as reveals,
             (count(*) filter (where outcome = 'denied'))::int as refused,
             (extract(epoch from min(occurred_at)) * 1000)::float8 as first_ms,
             (extract(epoch from max(occurred_at)) * 1000)::float8 as last_ms
      from touched group by case_id
    )
    select ${cases.id} as "caseId", ${cases.number} as "number", p.events, p.reveals, p.refused, p.first_ms as "firstMs", p.last_ms as "lastMs",
           ${casesVisibleTo(me)} as "canOpenCase", (count(*) over ())::int as "total"
    from per_case p
    join ${cases} on ${cases.id} = p.case_id and ${cases.areaId} = ${areaId}
    order by p.last_ms desc, ${cases.number}
    limit ${USER_CASES_PAGE_SIZE} offset ${(page - 1) * USER_CASES_PAGE_SIZE}`);
  const rows = rowsOf<{ caseId: string; number: string; events: number; reveals: number; refused: number; firstMs: number; lastMs: number; canOpenCase: boolean; total: number }>(result);
  return {
    rows: rows.map(({ firstMs, lastMs, total: _total, ...r }) => ({ ...r, firstAt: new Date(Number(firstMs)), lastAt: new Date(Number(lastMs)), canOpenCase: Boolean(r.canOpenCase) })),
    total: rows[0]?.total ?? 0,
  };
}
