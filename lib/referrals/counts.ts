import 'server-only';
import { and, count, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { referrals } from '@/db/schema';

/** Where an agency's own referrals stand: drafts, returned to it, and waiting for screening. */
export async function agencyReferralCounts(tx: Tx, agencyId: string): Promise<{ drafts: number; returned: number; waiting: number }> {
  const [row] = await tx
    .select({
      drafts: sql<number>`count(*) filter (where ${referrals.status} = 'draft')::int`,
      returned: sql<number>`count(*) filter (where ${referrals.status} = 'returned')::int`,
      waiting: sql<number>`count(*) filter (where ${referrals.status} = 'submitted')::int`,
    })
    .from(referrals)
    .where(eq(referrals.referringAgencyId, agencyId));
  return row;
}

/** The area's referrals waiting for the coordinator to screen them. */
export async function referralsAwaitingScreening(tx: Tx, areaId: string): Promise<number> {
  const [{ waiting }] = await tx.select({ waiting: count() }).from(referrals).where(and(eq(referrals.areaId, areaId), eq(referrals.status, 'submitted')));
  return waiting;
}
