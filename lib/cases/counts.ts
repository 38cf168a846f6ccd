import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { cases } from '@/db/schema';

/** The area's open cases accepted for a MARAC and not yet on a meeting's agenda. */
export async function casesAwaitingMeeting(tx: Tx, areaId: string): Promise<number> {
  const [{ awaiting }] = await tx
    .select({ awaiting: count() })
    .from(cases)
    .where(and(eq(cases.areaId, areaId), eq(cases.awaitingMeeting, true), eq(cases.status, 'open')));
  return awaiting;
}
