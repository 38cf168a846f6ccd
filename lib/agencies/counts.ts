import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { agencies, users } from '@/db/schema';
import { countSql } from '@/lib/lists/count-sql';

/** The area's active agencies, and the active accounts in them (scalar subqueries). */
export function agencyAndPeopleCountsSql(areaId: string): { agencies: SQL<number>; activeUsers: SQL<number> } {
  const activeAgencies = and(eq(agencies.areaId, areaId), eq(agencies.active, true));
  return {
    agencies: countSql(agencies, activeAgencies),
    activeUsers: countSql(sql`${users} inner join ${agencies} on ${eq(agencies.id, users.agencyId)}`, and(activeAgencies, eq(users.active, true))),
  };
}
