import 'server-only';
import { and, count, eq, isNull, max, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { incidents, incidentVersions } from '@/db/schema';

/** The current version of the entry in the outer query. */
const isCurrent = sql`${incidentVersions.version} = (select max(v.version) from ${incidentVersions} v where v.incident_id = "incidents"."id")`;

/** What ./status.ts needs from a case's log: its entries that show stalking (not withdrawn), and its last number. */
export async function logFactsOf(tx: Tx, caseId: string): Promise<{ stalkingEntries: number; lastEntryNumber: number }> {
  const [[stalking], [last]] = await Promise.all([
    tx
      .select({ n: count() })
      .from(incidents)
      .innerJoin(incidentVersions, and(eq(incidentVersions.incidentId, incidents.id), isCurrent))
      .where(and(eq(incidents.caseId, caseId), isNull(incidents.withdrawnAt), sql`cardinality(${incidentVersions.behaviours}) > 0`)),
    tx.select({ n: max(incidents.number) }).from(incidents).where(eq(incidents.caseId, caseId)),
  ]);
  return { stalkingEntries: stalking.n, lastEntryNumber: last.n ?? 0 };
}
