import 'server-only';
import { and, eq, type SQL } from 'drizzle-orm';
import { referrals } from '@/db/schema';
import type { ReferralStatus } from '@/db/enums';
import { countSql } from '@/lib/lists/count-sql';

/** Where an agency's own referrals stand: drafts, returned to it, and waiting for screening (scalar subqueries). */
export function agencyReferralCountsSql(agencyId: string): { drafts: SQL<number>; returned: SQL<number>; waiting: SQL<number> } {
  const own = (status: ReferralStatus) => countSql(referrals, and(eq(referrals.referringAgencyId, agencyId), eq(referrals.status, status)));
  return { drafts: own('draft'), returned: own('returned'), waiting: own('submitted') };
}

/** The area's referrals waiting for the coordinator to screen them (a scalar subquery). */
export function referralsAwaitingScreeningSql(areaId: string): SQL<number> {
  return countSql(referrals, and(eq(referrals.areaId, areaId), eq(referrals.status, 'submitted')));
}
