import { sql } from 'drizzle-orm';
import { cases, referrals } from '@/db/schema';

// A case as lists, agendas and minutes show it, worked out from its accepted referrals: correlated
// subqueries to select beside columns of `cases`.
const acceptedOf = sql`${referrals.caseId} = ${cases.id} and ${referrals.status} = 'accepted'`;

export const caseSummary = {
  /** As the latest accepted referral names the victim. */
  victimName: sql<string | null>`(select ${referrals.victimName} from ${referrals} where ${acceptedOf} order by ${referrals.submittedAt} desc limit 1)`,
  riskScore: sql<number>`coalesce((select max(${referrals.riskScore}) from ${referrals} where ${acceptedOf}), 0)::int`,
  repeat: sql<boolean>`coalesce((select bool_or(${referrals.repeat}) from ${referrals} where ${acceptedOf}), false)`,
  children: sql<number>`coalesce((select max(${referrals.childrenInHousehold}) from ${referrals} where ${acceptedOf}), 0)::int`,
  stalking: sql<boolean>`coalesce((select bool_or(${referrals.stalking}) from ${referrals} where ${acceptedOf}), false)`,
  acceptedAt: sql<Date>`coalesce((select max(${referrals.updatedAt}) from ${referrals} where ${acceptedOf}), ${cases.createdAt})`,
};
