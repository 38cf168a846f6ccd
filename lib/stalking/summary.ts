import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { todayInUk } from '@/db/clock';
import type { IncidentChannel } from '@/db/enums';
import { rowsOf } from '@/db/rows';
import { cases, preservationRequests, protectiveOrders } from '@/db/schema';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { casesVisibleTo } from '@/lib/authz/cases';
import { daysAfter } from '@/lib/dates/calendar-date';
import { isInForceSql } from '@/lib/orders/status-sql';
import { isDeadlineNearSql } from '@/lib/preservation/status-sql';

/** The window of the summary: incidents, their channels and breaches on or after the day this many days before today. */
export const SUMMARY_DAYS = 28;

/** A case's course of conduct in one line, for the MARAC: what happened lately and what protects the victim. */
export interface ConductSummary {
  caseId: string;
  /** Incidents (not withdrawn) in the last 28 days, and the channels they came by. */
  recentIncidents: number;
  recentChannels: IncidentChannel[];
  ordersInForce: number;
  /** Incidents in the last 28 days recorded as a breach of an order. */
  recentBreaches: number;
  /** Preservation requests still waiting on the platform with their deadline near (or passed). */
  preservationDeadlinesNear: number;
}

/**
 * The summaries of a set of cases (an agenda's), in one query, for the viewer: only the cases whose
 * log the viewer may see (incident.view, read through lib/authz), and of those only the cases with
 * any incident, order or preservation request; the others have no line. Reading it is part of the page
 * it is shown on (the agenda, the case at the meeting), which is audited.
 */
export function getConductSummaries(viewer: Viewer, caseIds: readonly string[]): Promise<Map<string, ConductSummary>> {
  return withViewer(viewer, (tx, me) => conductSummariesOf(tx, me, caseIds));
}

/** The same within a verb's transaction: the agenda reads its cases' lines with the agenda. */
export async function conductSummariesOf(tx: Tx, me: Viewer, caseIds: readonly string[]): Promise<Map<string, ConductSummary>> {
  if (caseIds.length === 0) return new Map();
  const today = todayInUk();
  // The start of that day in the UK, as an instant.
  const since = sql`(${daysAfter(today, -SUMMARY_DAYS)}::date::timestamp at time zone 'Europe/London')`;
  const rows = rowsOf<{
    case_id: string;
    recent: number;
    channels: IncidentChannel[] | null;
    breaches: number;
    orders_in_force: number;
    preservation_near: number;
    has_any: boolean;
  }>(
    await tx.execute(sql`
      select ${cases.id} as case_id, coalesce(log.recent, 0)::int as recent, log.channels, coalesce(log.breaches, 0)::int as breaches,
        (select count(*) from ${protectiveOrders} where ${protectiveOrders.caseId} = ${cases.id} and ${isInForceSql(today)})::int as orders_in_force,
        (select count(*) from ${preservationRequests} where ${preservationRequests.caseId} = ${cases.id} and ${isDeadlineNearSql(today)})::int as preservation_near,
        coalesce(log.standing, 0) > 0
          or exists (select 1 from ${protectiveOrders} where ${protectiveOrders.caseId} = ${cases.id})
          or exists (select 1 from ${preservationRequests} where ${preservationRequests.caseId} = ${cases.id}) as has_any
      from ${cases}
      left join lateral (
        select count(*) as standing,
          count(*) filter (where cur.occurred_at >= ${since}) as recent,
          array_agg(distinct cur.channel::text order by cur.channel::text) filter (where cur.occurred_at >= ${since}) as channels,
          count(*) filter (where cur.occurred_at >= ${since} and cur.breach_of_order_id is not null) as breaches
        from (
          select distinct on (v.incident_id) v.occurred_at, v.channel, v.breach_of_order_id
          from incident_versions v join incidents i on i.id = v.incident_id
          where i.case_id = ${cases.id} and i.withdrawn_at is null
          order by v.incident_id, v.version desc
        ) cur
      ) log on true
      where ${cases.id} in (${sql.join(
        caseIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) and ${casesVisibleTo(me, 'incident.view')}`),
  );
  return new Map(
    rows
      .filter((r) => r.has_any)
      .map((r) => [
        r.case_id,
        {
          caseId: r.case_id,
          recentIncidents: r.recent,
          recentChannels: r.channels ?? [],
          ordersInForce: r.orders_in_force,
          recentBreaches: r.breaches,
          preservationDeadlinesNear: r.preservation_near,
        },
      ]),
  );
}
