import 'server-only';
import { and, asc, eq, gte, not, sql, type SQL } from 'drizzle-orm';
import { isOpenSql, isOverdueSql } from './status-sql';
import type { Tx } from '@/db/client';
import { actionItems, agencies, openActionTallies } from '@/db/schema';
import { todayInUk } from '@/db/clock';
import { countSql } from '@/lib/lists/count-sql';

export interface AgencyActionStats {
  agencyId: string;
  agencyName: string;
  open: number;
  overdue: number;
  completedOnTime: number;
  completedLate: number;
  notDone: number;
}

/** How far back the stats of actions closed reach, in months; open actions are counted whatever their due date. */
export const ACTION_STATS_MONTHS = 12;

/** The first due date the stats count a closed action for, as YYYY-MM-DD. */
export function actionStatsFrom(today: string): string {
  const [y, m, d] = today.split('-').map(Number);
  // 29 February a year on is 1 March: Date.UTC rolls the day over.
  return new Date(Date.UTC(y, m - 1 - ACTION_STATS_MONTHS, d)).toISOString().slice(0, 10);
}

/**
 * Per agency of the area: open and overdue (added up from the tallies PostgreSQL keeps by agency and
 * due date, db/schema/action-items.ts), and of the actions due in the last 12 months completed on time,
 * completed late and not done (read through the area's due-date index). Neither part grows with the
 * area's whole history: the tallies have a row per agency and due date of open actions, the rest is
 * bounded by the period.
 */
export async function actionStatsByAgency(tx: Tx, areaId: string): Promise<AgencyActionStats[]> {
  const today = todayInUk();
  const open = tx
    .select({
      agencyId: openActionTallies.ownerAgencyId,
      open: sql<number>`sum(${openActionTallies.open})::int`.as('open'),
      overdue: sql<number>`coalesce(sum(${openActionTallies.open}) filter (where ${openActionTallies.dueOn} < ${today}), 0)::int`.as('overdue'),
    })
    .from(openActionTallies)
    .where(eq(openActionTallies.areaId, areaId))
    .groupBy(openActionTallies.ownerAgencyId)
    .as('open');
  const closed = tx
    .select({
      agencyId: actionItems.ownerAgencyId,
      completedOnTime: sql<number>`count(*) filter (where ${actionItems.status} = 'completed' and ${actionItems.closedOn} <= ${actionItems.dueOn})::int`.as('completed_on_time'),
      completedLate: sql<number>`count(*) filter (where ${actionItems.status} = 'completed' and ${actionItems.closedOn} > ${actionItems.dueOn})::int`.as('completed_late'),
      notDone: sql<number>`count(*) filter (where ${actionItems.status} = 'not_done')::int`.as('not_done'),
    })
    .from(actionItems)
    .where(and(eq(actionItems.areaId, areaId), gte(actionItems.dueOn, actionStatsFrom(today)), not(isOpenSql())))
    .groupBy(actionItems.ownerAgencyId)
    .as('closed');
  return tx
    .select({
      agencyId: agencies.id,
      agencyName: agencies.name,
      open: sql<number>`coalesce(${open.open}, 0)`,
      overdue: sql<number>`coalesce(${open.overdue}, 0)`,
      completedOnTime: sql<number>`coalesce(${closed.completedOnTime}, 0)`,
      completedLate: sql<number>`coalesce(${closed.completedLate}, 0)`,
      notDone: sql<number>`coalesce(${closed.notDone}, 0)`,
    })
    .from(agencies)
    .leftJoin(open, eq(open.agencyId, agencies.id))
    .leftJoin(closed, eq(closed.agencyId, agencies.id))
    .where(eq(agencies.areaId, areaId))
    .orderBy(asc(agencies.name));
}

/** One agency's open actions, and how many of them are overdue today (scalar subqueries). */
export function agencyActionCountsSql(agencyId: string): { open: SQL<number>; overdue: SQL<number> } {
  const own = eq(actionItems.ownerAgencyId, agencyId);
  return { open: countSql(actionItems, own, isOpenSql()), overdue: countSql(actionItems, own, isOverdueSql(todayInUk())) };
}
