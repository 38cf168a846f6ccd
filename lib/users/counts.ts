import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, users } from '@/db/schema';

/** The area's accounts that need an administrator: waiting for their first password, or disabled. */
export async function accountCounts(tx: Tx, areaId: string): Promise<{ awaitingSetup: number; disabled: number }> {
  const [row] = await tx
    .select({
      awaitingSetup: sql<number>`count(*) filter (where ${users.passwordHash} is null and ${users.active})::int`,
      disabled: sql<number>`count(*) filter (where not ${users.active})::int`,
    })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(agencies.areaId, areaId));
  return row;
}

export async function lastSignInOf(tx: Tx, userId: string): Promise<Date | null> {
  const [row] = await tx.select({ lastSignInAt: users.lastSignInAt }).from(users).where(eq(users.id, userId));
  return row?.lastSignInAt ?? null;
}
