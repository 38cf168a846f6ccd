import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { isOpenSql, isOverdueSql } from './status-sql';
import type { Tx } from '@/db/client';
import { actionItems, agencies } from '@/db/schema';
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

/** Per agency of the area: open, overdue, completed on time, completed late, not done. Counted in SQL. */
export async function actionStatsByAgency(tx: Tx, areaId: string): Promise<AgencyActionStats[]> {
  const today = todayInUk();
  const closedOn = sql`(${actionItems.closedAt} at time zone 'Europe/London')::date`;
  return tx
    .select({
      agencyId: agencies.id,
      agencyName: agencies.name,
      open: sql<number>`count(${actionItems.id}) filter (where ${isOpenSql()})::int`,
      overdue: sql<number>`count(${actionItems.id}) filter (where ${isOverdueSql(today)})::int`,
      completedOnTime: sql<number>`count(${actionItems.id}) filter (where ${actionItems.status} = 'completed' and ${closedOn} <= ${actionItems.dueOn})::int`,
      completedLate: sql<number>`count(${actionItems.id}) filter (where ${actionItems.status} = 'completed' and ${closedOn} > ${actionItems.dueOn})::int`,
      notDone: sql<number>`count(${actionItems.id}) filter (where ${actionItems.status} = 'not_done')::int`,
    })
    .from(agencies)
    .leftJoin(actionItems, eq(actionItems.ownerAgencyId, agencies.id))
    .where(eq(agencies.areaId, areaId))
    .groupBy(agencies.id)
    .orderBy(asc(agencies.name));
}

/** One agency's open actions, and how many of them are overdue today. */
export async function agencyActionCounts(tx: Tx, agencyId: string): Promise<{ open: number; overdue: number }> {
  const [row] = await tx
    .select({
      open: sql<number>`count(*) filter (where ${isOpenSql()})::int`,
      overdue: sql<number>`count(*) filter (where ${isOverdueSql(todayInUk())})::int`,
    })
    .from(actionItems)
    .where(eq(actionItems.ownerAgencyId, agencyId));
  return row;
}
