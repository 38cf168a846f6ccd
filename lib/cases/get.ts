import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { agencies, cases, incidents, referrals, referralStatusChanges, users } from '@/db/schema';
import type { ReferralStatus } from '@/db/enums';
import { recordAudit } from '@/lib/audit/record';
import { can } from '@/lib/authz';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import type { ReferralForm } from '@/lib/referrals/form/schemas';
import { withoutProtectedFields } from '@/lib/referrals/protected-fields';
import { criteriaOf } from '@/lib/referrals/record';
import { loadCaseWithRelations } from '@/lib/authz/cases';
import { recordingOf, type CaseRecording } from '@/lib/crime-recording/recording';
import { ordersOf, type CaseOrders } from '@/lib/orders/register';
import { countSql } from '@/lib/lists/count-sql';
import { nextListing } from './listing';

export interface CaseReferral {
  id: string;
  status: ReferralStatus;
  agencyName: string;
  referrerName: string;
  submittedAt: Date | null;
  form: ReferralForm;
  protectedHidden: boolean;
  riskScore: number;
  stalkingScore: number;
  riskChecklistId: string | null;
  stalkingScreenId: string | null;
  criteria: { visibleHighRisk: boolean; professionalJudgement: boolean; potentialEscalation: boolean; repeat: boolean };
}

export interface CaseDetail {
  id: string;
  number: string;
  status: 'open' | 'closed';
  awaitingMeeting: boolean;
  lastMaracOn: string | null;
  /** The coming (or running) meeting whose agenda lists the case, if the viewer may see that agenda. */
  listedAt: { meetingId: string; startsAt: Date } | null;
  createdAt: Date;
  /** The most recent accepted referral: the people as last described. */
  current: CaseReferral | null;
  referrals: CaseReferral[];
  timeline: { at: Date; title: string; by: string; byAgency: string; note: string | null; referralId: string }[];
  /** The viewer may see who has seen this case (its audit events). */
  canSeeAccessLog: boolean;
  /** Entries in the case's incident and evidence log (which all who see the case may read). */
  incidents: number;
  /** How the police recorded the crime, and the orders register, read with the case (its case.view event covers them); null for a viewer the policy does not show them to. */
  recording: CaseRecording | null;
  orders: CaseOrders | null;
}

const statusTitles: Record<ReferralStatus, string> = {
  draft: 'Referral started',
  submitted: 'Referral submitted',
  returned: 'Referral returned to the referrer with a question',
  accepted: 'Referral accepted',
  declined: 'Referral declined',
};

/** A case record: its people, every referral with its assessment and criteria, and its history. */
export function getCase(viewer: Viewer, caseId: string): Promise<CaseDetail> {
  return withViewer(viewer, async (tx, me) => {
    const { found, caseRelations } = await loadCaseWithRelations(tx, me, caseId, 'case.view');
    const rows = await tx
      .select({
        referral: referrals,
        agencyName: agencies.name,
        referrerName: users.name,
        // Its status changes, who made them, oldest first, read with it.
        changes: sql<{ at: string; to: ReferralStatus; by: string; byAgency: string; note: string | null }[]>`(select coalesce(json_agg(json_build_object(
            'at', c.at, 'to', c.to_status, 'by', u.name, 'byAgency', a.name, 'note', c.note) order by c.at), '[]'::json)
          from ${referralStatusChanges} c join ${users} u on u.id = c.user_id join ${agencies} a on a.id = u.agency_id
          where c.referral_id = ${referrals.id})`,
      })
      .from(referrals)
      .innerJoin(agencies, eq(agencies.id, referrals.referringAgencyId))
      .innerJoin(users, eq(users.id, referrals.referrerUserId))
      .where(eq(referrals.caseId, found.id))
      .orderBy(desc(referrals.submittedAt));
    const caseReferrals: CaseReferral[] = rows.map(({ referral, agencyName, referrerName }) => {
      const show = can(me, 'referral.see_protected', { areaId: referral.areaId, agencyId: referral.referringAgencyId });
      return {
        id: referral.id,
        status: referral.status,
        agencyName,
        referrerName,
        submittedAt: referral.submittedAt,
        form: show ? referral.form : withoutProtectedFields(referral.form),
        protectedHidden: !show,
        riskScore: referral.riskScore,
        stalkingScore: referral.stalkingScore,
        riskChecklistId: referral.riskChecklistId,
        stalkingScreenId: referral.stalkingScreenId,
        criteria: criteriaOf(referral),
      };
    });
    const changes = rows
      .flatMap(({ referral, changes: made }) => made.map((c) => ({ ...c, at: new Date(c.at), referralId: referral.id })))
      .sort((x, y) => x.at.getTime() - y.at.getTime());
    const onCase = { areaId: found.areaId, caseRelations };
    const [[listing], recording, orders] = await Promise.all([
      tx
        .select({ ...nextListing(me), incidents: countSql(incidents, eq(incidents.caseId, found.id)) })
        .from(cases)
        .where(eq(cases.id, found.id)),
      can(me, 'crime_recording.view', onCase) ? recordingOf(tx, me, found) : null,
      can(me, 'order.view', onCase) ? ordersOf(tx, me, found, caseRelations) : null,
      recordAudit(tx, me, { action: 'case.view', resourceType: 'case', resourceId: found.id, caseId: found.id }),
    ]);
    return {
      id: found.id,
      number: found.number,
      status: found.status,
      awaitingMeeting: found.awaitingMeeting,
      lastMaracOn: found.lastMaracOn,
      listedAt: listing?.listedMeetingId && listing.listedMeetingStartsAt ? { meetingId: listing.listedMeetingId, startsAt: listing.listedMeetingStartsAt } : null,
      createdAt: found.createdAt,
      current: caseReferrals.find((r) => r.status === 'accepted') ?? null,
      referrals: caseReferrals,
      timeline: changes
        .filter((c) => c.to !== 'draft')
        .map((c) => ({ at: c.at, title: statusTitles[c.to], by: c.by, byAgency: c.byAgency, note: c.note, referralId: c.referralId }))
        .reverse(),
      canSeeAccessLog: can(me, 'case.access_log', { areaId: found.areaId }),
      incidents: listing.incidents,
      recording,
      orders,
    };
  });
}
