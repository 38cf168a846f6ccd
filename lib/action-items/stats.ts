import 'server-only';
import { and, asc, eq, gte, or, sql, type SQL } from 'drizzle-orm';
import { isOpenSql, isOverdueSql } from './status-sql';
import type { Tx } from '@/db/client';
import { actionItems, agencies } from '@/db/schema';
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
 * Per agency of the area: open, overdue, and of the actions due in the last 12 months completed on time,
 * completed late and not done. Bounded by the period (read through the area's due-date index and its
 * index of open actions) so that a page's cost does not grow with the area's whole history.
 */
export async function actionStatsByAgency(tx: Tx, areaId: string): Promise<AgencyActionStats[]> {
  const today = todayInUk();
  const counted = tx
    .select({
      agencyId: actionItems.ownerAgencyId,
      open: sql<number>`count(*) filter (where ${isOpenSql()})::int`.as('open'),
      overdue: sql<number>`count(*) filter (where ${isOverdueSql(today)})::int`.as('overdue'),
      completedOnTime: sql<number>`count(*) filter (where ${actionItems.status} = 'completed' and ${actionItems.closedOn} <= ${actionItems.dueOn})::int`.as('completed_on_time'),
      completedLate: sql<number>`count(*) filter (where ${actionItems.status} = 'completed' and ${actionItems.closedOn} > ${actionItems.dueOn})::int`.as('completed_late'),
      notDone: sql<number>`count(*) filter (where ${actionItems.status} = 'not_done')::int`.as('not_done'),
    })
    .from(actionItems)
    .where(and(eq(actionItems.areaId, areaId), or(isOpenSql(), gte(actionItems.dueOn, actionStatsFrom(today)))))
    .groupBy(actionItems.ownerAgencyId)
    .as('counted');
  return tx
    .select({
      agencyId: agencies.id,
      agencyName: agencies.name,
      open: sql<number>`coalesce(${counted.open}, 0)`,
      overdue: sql<number>`coalesce(${counted.overdue}, 0)`,
      completedOnTime: sql<number>`coalesce(${counted.completedOnTime}, 0)`,
      completedLate: sql<number>`coalesce(${counted.completedLate}, 0)`,
      notDone: sql<number>`coalesce(${counted.notDone}, 0)`,
    })
    .from(agencies)
    .leftJoin(counted, eq(counted.agencyId, agencies.id))
    .where(eq(agencies.areaId, areaId))
    .orderBy(asc(agencies.name));
}

/** One agency's open actions, and how many of them are overdue today (scalar subqueries). */
export function agencyActionCountsSql(agencyId: string): { open: SQL<number>; overdue: SQL<number> } {
  const own = eq(actionItems.ownerAgencyId, agencyId);
  return { open: countSql(actionItems, own, isOpenSql()), overdue: countSql(actionItems, own, isOverdueSql(todayInUk())) };
}
