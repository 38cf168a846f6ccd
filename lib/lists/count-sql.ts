import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * A count as a scalar subquery: `from` the table (or joined tables as SQL) `where` it holds, optionally
 * only the rows `filter` matches. A page that shows many counts selects them all in one statement
 * (lib/dashboard/get.ts) instead of a round trip each.
 */
export function countSql(from: PgTable | SQL, where: SQL | undefined, filter?: SQL): SQL<number> {
  const counted = filter ? sql`count(*) filter (where ${filter})` : sql`count(*)`;
  return sql<number>`(select ${counted}::int from ${from} where ${where ?? sql`true`})`;
}

/** The `from` of a statement that selects only scalar subqueries. */
export const noTable = sql`(select 1) as one`;
