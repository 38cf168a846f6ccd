import 'server-only';
import { and, asc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actionTallies, agencies } from '@/db/schema';
import { todayInUk } from '@/db/clock';

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
 * completed late and not done, added up from the tallies PostgreSQL keeps by outcome, due date and
 * agency (db/schema/action-items.ts, decision 0007) rather than counted over the actions. The rows read
 * are one per agency and due date of the open actions and of the closed ones in the period: a page's cost
 * does not grow with the number of actions, and the closed part not with the area's history.
 */
export async function actionStatsByAgency(tx: Tx, areaId: string): Promise<AgencyActionStats[]> {
  const today = todayInUk();
  const t = actionTallies;
  const sumOf = (outcome: string, also?: SQL) => sql<number>`coalesce(sum(${t.count}) filter (where ${t.outcome} = ${outcome}${also ? sql` and ${also}` : sql``}), 0)::int`;
  const tallied = tx
    .select({
      agencyId: t.ownerAgencyId,
      open: sumOf('open').as('open'),
      overdue: sumOf('open', lt(t.dueOn, today)).as('overdue'),
      completedOnTime: sumOf('completed_on_time').as('completed_on_time'),
      completedLate: sumOf('completed_late').as('completed_late'),
      notDone: sumOf('not_done').as('not_done'),
    })
    .from(t)
    .where(and(eq(t.areaId, areaId), or(eq(t.outcome, 'open'), and(inArray(t.outcome, ['completed_on_time', 'completed_late', 'not_done']), gte(t.dueOn, actionStatsFrom(today))))))
    .groupBy(t.ownerAgencyId)
    .as('tallied');
  return tx
    .select({
      agencyId: agencies.id,
      agencyName: agencies.name,
      open: sql<number>`coalesce(${tallied.open}, 0)`,
      overdue: sql<number>`coalesce(${tallied.overdue}, 0)`,
      completedOnTime: sql<number>`coalesce(${tallied.completedOnTime}, 0)`,
      completedLate: sql<number>`coalesce(${tallied.completedLate}, 0)`,
      notDone: sql<number>`coalesce(${tallied.notDone}, 0)`,
    })
    .from(agencies)
    .leftJoin(tallied, eq(tallied.agencyId, agencies.id))
    .where(eq(agencies.areaId, areaId))
    .orderBy(asc(agencies.name));
}

/** One agency's open actions, and how many of them are overdue today (scalar subqueries over the tallies). */
export function agencyActionCountsSql(areaId: string, agencyId: string): { open: SQL<number>; overdue: SQL<number> } {
  const t = actionTallies;
  const own = and(eq(t.areaId, areaId), eq(t.outcome, 'open'), eq(t.ownerAgencyId, agencyId));
  const sumOver = (where: SQL | undefined) => sql<number>`(select coalesce(sum(${t.count}), 0)::int from ${t} where ${where})`;
  return { open: sumOver(own), overdue: sumOver(and(own, lt(t.dueOn, todayInUk()))) };
}
