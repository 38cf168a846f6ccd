import 'server-only';
import { and, asc, eq, gte, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actionTallies, agencies, openActionTotals } from '@/db/schema';
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
 * completed late and not done, added up from what PostgreSQL keeps as actions change (db/schema/action-items.ts,
 * decision 0007) rather than counted over the actions: the open actions in all, one row an agency
 * (openActionTotals); overdue, those less the open ones not yet due; the closed ones from their tallies by
 * outcome, due date and agency. The rows read are one an agency, and one an agency and due date from 12
 * months ago on: a page's cost grows neither with the number of actions nor with the area's history.
 */
export async function actionStatsByAgency(tx: Tx, areaId: string): Promise<AgencyActionStats[]> {
  const today = todayInUk();
  const t = actionTallies;
  const sumOf = (outcome: string, also?: SQL) => sql<number>`coalesce(sum(${t.count}) filter (where ${t.outcome} = ${outcome}${also ? sql` and ${also}` : sql``}), 0)::int`;
  const tallied = tx
    .select({
      agencyId: t.ownerAgencyId,
      notYetDue: sumOf('open').as('not_yet_due'),
      completedOnTime: sumOf('completed_on_time').as('completed_on_time'),
      completedLate: sumOf('completed_late').as('completed_late'),
      notDone: sumOf('not_done').as('not_done'),
    })
    .from(t)
    .where(
      and(
        eq(t.areaId, areaId),
        or(and(eq(t.outcome, 'open'), gte(t.dueOn, today)), and(inArray(t.outcome, ['completed_on_time', 'completed_late', 'not_done']), gte(t.dueOn, actionStatsFrom(today)))),
      ),
    )
    .groupBy(t.ownerAgencyId)
    .as('tallied');
  const open = sql<number>`coalesce(${openActionTotals.count}, 0)`;
  return tx
    .select({
      agencyId: agencies.id,
      agencyName: agencies.name,
      open,
      overdue: sql<number>`${open} - coalesce(${tallied.notYetDue}, 0)`,
      completedOnTime: sql<number>`coalesce(${tallied.completedOnTime}, 0)`,
      completedLate: sql<number>`coalesce(${tallied.completedLate}, 0)`,
      notDone: sql<number>`coalesce(${tallied.notDone}, 0)`,
    })
    .from(agencies)
    .leftJoin(openActionTotals, and(eq(openActionTotals.areaId, agencies.areaId), eq(openActionTotals.ownerAgencyId, agencies.id)))
    .leftJoin(tallied, eq(tallied.agencyId, agencies.id))
    .where(eq(agencies.areaId, areaId))
    .orderBy(asc(agencies.name));
}

/** One agency's open actions, and how many of them are overdue today (scalar subqueries: its total, less its open tallies not yet due). */
export function agencyActionCountsSql(areaId: string, agencyId: string): { open: SQL<number>; overdue: SQL<number> } {
  const t = actionTallies;
  const open = sql<number>`(select coalesce(sum(${openActionTotals.count}), 0)::int from ${openActionTotals}
    where ${and(eq(openActionTotals.areaId, areaId), eq(openActionTotals.ownerAgencyId, agencyId))})`;
  const notYetDue = sql<number>`(select coalesce(sum(${t.count}), 0)::int from ${t}
    where ${and(eq(t.areaId, areaId), eq(t.outcome, 'open'), eq(t.ownerAgencyId, agencyId), gte(t.dueOn, todayInUk()))})`;
  return { open, overdue: sql<number>`(${open} - ${notYetDue})` };
}
