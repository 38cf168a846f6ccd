import 'server-only';
import { and, eq, isNull, not, sql, type SQL } from 'drizzle-orm';
import { agencies, users } from '@/db/schema';
import { countSql } from '@/lib/lists/count-sql';

const usersOfArea = (areaId: string) => ({ from: sql`${users} inner join ${agencies} on ${eq(agencies.id, users.agencyId)}`, where: eq(agencies.areaId, areaId) });

/** The area's accounts that need an administrator: waiting for their first password, or disabled (scalar subqueries). */
export function accountCountsSql(areaId: string): { awaitingSetup: SQL<number>; disabled: SQL<number> } {
  const { from, where } = usersOfArea(areaId);
  return {
    awaitingSetup: countSql(from, and(where, isNull(users.passwordHash), eq(users.active, true))),
    disabled: countSql(from, and(where, not(users.active))),
  };
}

/** When the user last signed in (a scalar subquery). */
export function lastSignInSql(userId: string): SQL<Date | null> {
  return sql`(select ${users.lastSignInAt} from ${users} where ${eq(users.id, userId)})`.mapWith(users.lastSignInAt);
}
