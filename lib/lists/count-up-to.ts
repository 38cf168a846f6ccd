import 'server-only';
import { count, sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { Tx } from '@/db/client';

/** A list is counted up to this many rows; past it the page says "more than" (docs/decisions/0007-large-lists.md). */
export const LIST_COUNT_CAP = 10_000;

export interface CappedCount {
  /** The rows that match, or the cap when there are more. */
  total: number;
  moreThanTotal: boolean;
}

/**
 * How many rows a query matches, counted up to the cap: counting a large area exactly costs a scan of
 * all of it on every page, when what the user needs is the first pages and a sense of how many.
 * `matching` is the list's query selecting anything (`tx.select({ one: sql`1` })…$dynamic()`).
 */
export async function countUpTo(tx: Tx, matching: PgSelect, cap = LIST_COUNT_CAP): Promise<CappedCount> {
  const rows = matching.limit(cap + 1).as('matching');
  const [{ counted }] = await tx.select({ counted: count() }).from(rows);
  return { total: Math.min(counted, cap), moreThanTotal: counted > cap };
}

/** The select list of a query that is only counted. */
export const one = { one: sql`1` };
