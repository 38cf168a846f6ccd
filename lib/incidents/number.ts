import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { incidentNumbers } from '@/db/schema';

/**
 * The next entry number of a case's incident log: 1 for its first entry, then one more than the last
 * given. One upsert on the case's counter row: a second logger on the same case waits on that row
 * until the first commits (or rolls back, giving its number back unused), so no two entries share a
 * number; the unique (case, number) constraint is the last word.
 */
export async function nextIncidentNumber(tx: Tx, caseId: string): Promise<number> {
  const [row] = await tx
    .insert(incidentNumbers)
    .values({ caseId, lastNumber: 1 })
    .onConflictDoUpdate({ target: incidentNumbers.caseId, set: { lastNumber: sql`${incidentNumbers.lastNumber} + 1` } })
    .returning({ number: incidentNumbers.lastNumber });
  return row.number;
}
