import 'server-only';
import { and, eq, like, max, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { cases } from '@/db/schema';
import { now } from '@/db/clock';

/**
 * The next readable case number of an area, e.g. KV-2026-0042: prefix, year, and a sequence that
 * starts again each year. An advisory lock serialises numbering within the area; the unique
 * constraint on (area, number) is the last word.
 */
export async function nextCaseNumber(tx: Tx, areaId: string, prefix: string, year = now().getUTCFullYear()) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`case-number:${areaId}`}))`);
  const stem = `${prefix}-${year}-`;
  const [{ last }] = await tx
    .select({ last: max(cases.sequence) })
    .from(cases)
    .where(and(eq(cases.areaId, areaId), like(cases.number, `${stem}%`)));
  const sequence = (last ?? 0) + 1;
  return { sequence, number: `${stem}${String(sequence).padStart(4, '0')}` };
}
