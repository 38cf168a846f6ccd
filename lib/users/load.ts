import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, users } from '@/db/schema';

/** A user row with the area of their agency (the policy's target), locked for update when asked. */
export async function loadUserRecord(tx: Tx, userId: string, forUpdate = false) {
  const query = tx
    .select({ user: users, areaId: agencies.areaId, agencyName: agencies.name })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, userId))
    .limit(1);
  const [row] = forUpdate ? await query.for('update', { of: users }) : await query;
  return row ?? null;
}
