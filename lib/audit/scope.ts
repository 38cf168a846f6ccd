import 'server-only';
import { aliasedTable, and, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, auditEvents, users } from '@/db/schema';
import { ukTimeToInstant } from '@/lib/meetings/schemas';
import { countUpTo, LIST_COUNT_CAP, one, type CappedCount } from '@/lib/lists/count-up-to';
import { countSql } from '@/lib/lists/count-sql';

/** The log is counted up to this many events; past it the page says "more than". */
export const AUDIT_COUNT_CAP = LIST_COUNT_CAP;
/** A download holds at most this many events, the newest. */
export const AUDIT_EXPORT_LIMIT = 10_000;

/**
 * What every list of events shows of each one: the event, who did it and their agency (names joined in
 * for display; the log holds ids only). Select `columns` and left-join `actor` and `actorAgency` with
 * `actorJoin` and `actorAgencyJoin`.
 */
export function eventColumns() {
  const actor = aliasedTable(users, 'actor');
  const actorAgency = aliasedTable(agencies, 'actor_agency');
  return {
    actor,
    actorAgency,
    actorJoin: eq(actor.id, auditEvents.userId),
    actorAgencyJoin: eq(actorAgency.id, auditEvents.agencyId),
    columns: {
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      userId: auditEvents.userId,
      userName: actor.name,
      agencyName: actorAgency.name,
      role: auditEvents.role,
      action: auditEvents.action,
      resourceType: auditEvents.resourceType,
      resourceId: auditEvents.resourceId,
      casesShown: sql<number>`coalesce(cardinality(${auditEvents.caseIds}), 0)`.mapWith(Number),
      outcome: auditEvents.outcome,
      justification: auditEvents.justification,
      detail: auditEvents.detail,
      requestId: auditEvents.requestId,
    },
  };
}

/**
 * The events about one case of the viewer's area, however they name it: the case an event was about
 * (case_id), the cases a page or download showed (case_ids: an agenda, research, the minutes), or a
 * refusal, which names the case only as its resource. Each arm has its index; the database function
 * reads the three (row-level security would keep PostgreSQL from the array's index, decision 0022).
 */
export function aboutCase(caseId: string): SQL {
  return sql`${auditEvents.id} in (select marac_audit_events_about_case(${caseId}::uuid))`;
}

/** The day after a YYYY-MM-DD date. */
function nextDay(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** From the start of `from` to the end of `to`, both days as they are in the UK (summer time included). */
export function inPeriod(period: { from?: string; to?: string }): SQL[] {
  const where: SQL[] = [];
  if (period.from) where.push(gte(auditEvents.occurredAt, ukTimeToInstant(period.from, '00:00')));
  if (period.to) where.push(lt(auditEvents.occurredAt, ukTimeToInstant(nextDay(period.to), '00:00')));
  return where;
}

/** How many events match, counted up to AUDIT_COUNT_CAP. */
export function countEventsUpTo(tx: Tx, condition: SQL | undefined): Promise<CappedCount> {
  return countUpTo(tx, tx.select(one).from(auditEvents).where(condition).$dynamic(), AUDIT_COUNT_CAP);
}

/** The page to show: the one asked for, or the last there is. */
export function pageWithin(asked: number | undefined, total: number, pageSize: number): number {
  return Math.min(asked ?? 1, Math.max(1, Math.ceil(total / pageSize)));
}

/**
 * The records an event names, each computed once per event in a lateral subquery of its own (LIMIT 1
 * keeps PostgreSQL from folding it into the join). Joined on `refs.<name>`, a record is then looked up
 * by its key: under row-level security PostgreSQL may use an index only for a condition made of
 * leakproof functions, and the test and cast of a resource id (uuidResourceOf) are not, so joined on
 * the expression itself it would read the record's whole table for every event (decision 0022).
 */
export function eventRefs<T extends Record<string, SQL>>(tx: Tx, refs: T) {
  const fields = Object.fromEntries(Object.entries(refs).map(([name, ref]) => [name, sql<string | null>`${ref}`.as(name)])) as {
    [K in keyof T]: SQL.Aliased<string | null>;
  };
  return tx.select(fields).from(sql`(select) as event`).limit(1).as('event_refs');
}

/** A resource id that is a uuid, cast, or null: an event's ids are checked before they are cast. */
export function uuidResourceOf(type: string): SQL {
  return sql`(case when ${auditEvents.resourceType} = ${type} and ${auditEvents.resourceId} ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then ${auditEvents.resourceId}::uuid end)`;
}

/** How many of the area's events that match `which` happened in the `days` before `at` (a scalar subquery, for the home page). */
export function countRecentEventsSql(areaId: string, at: Date, days: number, which: SQL): SQL<number> {
  return countSql(auditEvents, and(eq(auditEvents.areaId, areaId), which, gte(auditEvents.occurredAt, new Date(at.getTime() - days * 86_400_000)), lte(auditEvents.occurredAt, at)));
}
