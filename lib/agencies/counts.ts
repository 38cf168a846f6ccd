import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, users } from '@/db/schema';

/** The area's active agencies, and the active accounts in them. */
export async function agencyAndPeopleCounts(tx: Tx, areaId: string): Promise<{ agencies: number; activeUsers: number }> {
  const [row] = await tx
    .select({
      agencies: sql<number>`count(distinct ${agencies.id})::int`,
      activeUsers: sql<number>`count(distinct ${users.id}) filter (where ${users.active})::int`,
    })
    .from(agencies)
    .leftJoin(users, eq(users.agencyId, agencies.id))
    .where(and(eq(agencies.areaId, areaId), eq(agencies.active, true)));
  return row;
}
