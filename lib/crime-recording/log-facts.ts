import 'server-only';
import { eq, max, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { incidents } from '@/db/schema';

/** The entry of the outer query shows stalking: its current version names at least one behaviour. */
const showsStalking = sql.raw(`exists (select 1 from incident_versions v where v.incident_id = "incidents"."id" and cardinality(v.behaviours) > 0
  and v.version = (select max(w.version) from incident_versions w where w.incident_id = "incidents"."id"))`);

/** What ./status.ts needs from a case's log, in one statement: its entries that show stalking (not withdrawn), and its last number. */
export async function logFactsOf(tx: Tx, caseId: string): Promise<{ stalkingEntries: number; lastEntryNumber: number }> {
  const [facts] = await tx
    .select({
      stalkingEntries: sql<number>`(count(*) filter (where "incidents"."withdrawn_at" is null and ${showsStalking}))::int`,
      lastEntryNumber: max(incidents.number),
    })
    .from(incidents)
    .where(eq(incidents.caseId, caseId));
  return { stalkingEntries: facts.stalkingEntries, lastEntryNumber: facts.lastEntryNumber ?? 0 };
}
