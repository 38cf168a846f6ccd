import 'server-only';
import { and, asc, count, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, cases, referralMatches, referrals } from '@/db/schema';
import { referralStatuses, type ReferralStatus } from '@/db/enums';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { idPrefixOfReference, referralReference } from './reference';

export const referralSorts = ['updated', 'submitted', 'victim', 'agency', 'score', 'status'] as const;
export type ReferralSort = (typeof referralSorts)[number];

export interface ReferralListQuery {
  page: number;
  pageSize: number;
  sort: ReferralSort;
  direction: 'asc' | 'desc';
  status?: ReferralStatus;
  agencyId?: string;
  search?: string;
}

export interface ReferralListRow {
  id: string;
  /** For people to quote: "R-3F2A9C1D". */
  reference: string;
  status: ReferralStatus;
  victimName: string | null;
  agencyName: string;
  riskScore: number;
  visibleHighRisk: boolean;
  professionalJudgement: boolean;
  potentialEscalation: boolean;
  repeat: boolean;
  childrenInHousehold: number;
  stalking: boolean;
  submittedAt: Date | null;
  updatedAt: Date;
  caseId: string | null;
  caseNumber: string | null;
  /**
   * For the screening queue (never the referrer's own list): the earlier cases the referral may match
   * and the coordinator has not yet decided on, and whether one was heard at a MARAC in the last 12
   * months (a possible repeat).
   */
  possibleEarlierCases: number;
  possibleRepeat: boolean;
}

const sortColumns = {
  updated: referrals.updatedAt,
  submitted: referrals.submittedAt,
  victim: referrals.victimName,
  agency: agencies.name,
  score: referrals.riskScore,
  status: referrals.status,
} as const;

const pendingMatch = sql`${referralMatches.referralId} = ${referrals.id} and ${referralMatches.decision} = 'pending'`;

async function page(tx: Tx, where: SQL[], q: ReferralListQuery, withMatches: boolean) {
  if (q.status) where.push(eq(referrals.status, q.status));
  if (q.agencyId) where.push(eq(referrals.referringAgencyId, q.agencyId));
  const term = q.search?.trim();
  const idPrefix = term ? idPrefixOfReference(term) : null;
  if (idPrefix) where.push(sql`${referrals.id}::text like ${`${idPrefix}%`}`);
  else if (term) where.push(ilike(referrals.victimName, `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const condition = and(...where);
  const order = q.direction === 'desc' ? desc(sortColumns[q.sort]) : asc(sortColumns[q.sort]);
  const rows = await tx
    .select({
      id: referrals.id,
      status: referrals.status,
      victimName: referrals.victimName,
      agencyName: agencies.name,
      riskScore: referrals.riskScore,
      visibleHighRisk: referrals.visibleHighRisk,
      professionalJudgement: referrals.professionalJudgement,
      potentialEscalation: referrals.potentialEscalation,
      repeat: referrals.repeat,
      childrenInHousehold: referrals.childrenInHousehold,
      stalking: referrals.stalking,
      submittedAt: referrals.submittedAt,
      updatedAt: referrals.updatedAt,
      caseId: referrals.caseId,
      caseNumber: cases.number,
      possibleEarlierCases: withMatches ? sql<number>`(select count(distinct ${referralMatches.caseId}) from ${referralMatches} where ${pendingMatch})::int` : sql<number>`0`,
      possibleRepeat: withMatches ? sql<boolean>`exists (select 1 from ${referralMatches} where ${pendingMatch} and ${referralMatches.withinTwelveMonths})` : sql<boolean>`false`,
    })
    .from(referrals)
    .innerJoin(agencies, eq(agencies.id, referrals.referringAgencyId))
    .leftJoin(cases, eq(cases.id, referrals.caseId))
    .where(condition)
    .orderBy(order, desc(referrals.updatedAt), asc(referrals.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await tx
    .select({ total: count() })
    .from(referrals)
    .innerJoin(agencies, eq(agencies.id, referrals.referringAgencyId))
    .where(condition);
  return { rows: rows.map((r) => ({ ...r, reference: referralReference(r.id) })) as ReferralListRow[], total };
}

/** The referrals the viewer's agency has made, drafts included: where each one stands. */
export function listAgencyReferrals(viewer: Viewer, q: ReferralListQuery) {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'referral.view', { areaId: me.areaId, agencyId: me.agencyId }, { type: 'referral' });
    // Matches are the coordinator's to weigh: they are not the referrer's to see.
    const result = await page(tx, [eq(referrals.referringAgencyId, me.agencyId)], { ...q, agencyId: undefined }, false);
    await recordAudit(tx, me, { action: 'referral.list', resourceType: 'referral', detail: 'own_agency' });
    return result;
  });
}

/** The coordinator's screening queue: the area's referrals past draft, waiting ones first by default. */
export function listScreeningQueue(viewer: Viewer, q: ReferralListQuery) {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'referral.screen', { areaId: me.areaId }, { type: 'referral' });
    const notDrafts = inArray(referrals.status, referralStatuses.filter((s) => s !== 'draft'));
    const [result, areaAgencies] = await Promise.all([
      page(tx, [eq(referrals.areaId, me.areaId), notDrafts], q, true),
      tx.select({ id: agencies.id, name: agencies.name }).from(agencies).where(eq(agencies.areaId, me.areaId)).orderBy(asc(agencies.name)),
    ]);
    await recordAudit(tx, me, { action: 'referral.list', resourceType: 'referral', detail: 'screening_queue' });
    return { ...result, agencies: areaAgencies };
  });
}
