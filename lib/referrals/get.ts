import 'server-only';
import { aliasedTable, and, asc, desc, eq, ne } from 'drizzle-orm';
import { agencies, cases, referralMatches, referrals, referralStatusChanges, users } from '@/db/schema';
import type { ReferralStatus } from '@/db/enums';
import { assertCan, can } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied } from '@/lib/errors';
import { referralSteps, type ReferralStep } from './form/fields';
import { stepProblems, type StepState } from './form/progress';
import type { ReferralForm } from './form/schemas';
import { withoutProtectedFields } from './protected-fields';
import { areaThresholds, criteriaOf, loadReferral } from './record';
import { referralReference } from './reference';
import { awaitsScreening, isEditable } from './status';
import { knownId } from '@/lib/input/ids';

export interface ReferralDetail {
  id: string;
  /** For people to quote: "R-3F2A9C1D". */
  reference: string;
  status: ReferralStatus;
  version: number;
  caseId: string | null;
  caseNumber: string | null;
  referringAgencyName: string;
  referrerName: string;
  createdAt: Date;
  submittedAt: Date | null;
  form: ReferralForm;
  /** True when the victim's protected details were left out for this viewer. */
  protectedHidden: boolean;
  scores: { risk: number; stalking: number; riskChecklistId: string | null; stalkingScreenId: string | null };
  criteria: { visibleHighRisk: boolean; professionalJudgement: boolean; potentialEscalation: boolean; repeat: boolean };
  thresholds: { visibleHighRisk: number; escalation: number };
  childrenInHousehold: number;
  stalking: boolean;
  steps: { step: ReferralStep; state: StepState; problems: { field: string; message: string }[] }[];
  history: { at: Date; from: ReferralStatus | null; to: ReferralStatus; by: string; byAgency: string; note: string | null }[];
  /** For the coordinator screening it: possible earlier cases of the same victim or perpetrator. */
  matches: {
    id: string;
    kind: 'victim' | 'perpetrator';
    caseId: string;
    caseNumber: string;
    lastMaracOn: string | null;
    withinTwelveMonths: boolean;
    similarity: number;
    decision: 'pending' | 'confirmed' | 'rejected';
    victimName: string | null;
    victimDob: string | null;
    perpetratorName: string | null;
  }[] | null;
  /** A joint referral's second agency, by name (null: referred by one agency). */
  jointAgencyName: string | null;
  /** For the form's first step, when the viewer may edit: the other open agencies of the area, to refer jointly with. */
  jointAgencyChoices: { value: string; label: string }[];
  canEdit: boolean;
  canScreen: boolean;
  /** The viewer's agency made the referral. */
  isReferrer: boolean;
}

/** One referral, for its referring agency and the area's coordinators and chairs. Each view is an event. */
export function getReferral(viewer: Viewer, referralId: string): Promise<ReferralDetail> {
  return withViewer(viewer, async (tx, me) => {
    const referral = await loadReferral(tx, knownId(referralId, 'referral.view', 'referral'));
    if (!referral) throw new AccessDenied('referral.view', 'referral', referralId, true);
    const target = { areaId: referral.areaId, agencyId: referral.referringAgencyId };
    assertCan(me, 'referral.view', target, { type: 'referral', id: referral.id });

    const changer = aliasedTable(users, 'changer');
    const changerAgency = aliasedTable(agencies, 'changer_agency');
    const [[meta], history, thresholds] = await Promise.all([
      tx
        .select({ agencyName: agencies.name, referrerName: users.name, caseNumber: cases.number })
        .from(referrals)
        .innerJoin(agencies, eq(agencies.id, referrals.referringAgencyId))
        .innerJoin(users, eq(users.id, referrals.referrerUserId))
        .leftJoin(cases, eq(cases.id, referrals.caseId))
        .where(eq(referrals.id, referral.id)),
      tx
        .select({ at: referralStatusChanges.at, from: referralStatusChanges.fromStatus, to: referralStatusChanges.toStatus, by: changer.name, byAgency: changerAgency.name, note: referralStatusChanges.note })
        .from(referralStatusChanges)
        .innerJoin(changer, eq(changer.id, referralStatusChanges.userId))
        .innerJoin(changerAgency, eq(changerAgency.id, changer.agencyId))
        .where(eq(referralStatusChanges.referralId, referral.id))
        .orderBy(asc(referralStatusChanges.at)),
      areaThresholds(tx, referral.areaId),
    ]);

    const canScreen = can(me, 'referral.screen', target) && awaitsScreening(referral.status);
    let matches: ReferralDetail['matches'] = null;
    if (can(me, 'referral.screen', target)) {
      const rows = await tx
        .select({ match: referralMatches, caseNumber: cases.number, lastMaracOn: cases.lastMaracOn })
        .from(referralMatches)
        .innerJoin(cases, eq(cases.id, referralMatches.caseId))
        .where(eq(referralMatches.referralId, referral.id))
        .orderBy(asc(referralMatches.kind), desc(referralMatches.similarity));
      matches = [];
      for (const { match, caseNumber, lastMaracOn } of rows) {
        // The matched case's people, from its latest referral, for the coordinator to compare.
        const [latest] = await tx
          .select({ victimName: referrals.victimName, victimDob: referrals.victimDob, perpetratorName: referrals.perpetratorName })
          .from(referrals)
          .where(eq(referrals.caseId, match.caseId))
          .orderBy(desc(referrals.submittedAt))
          .limit(1);
        matches.push({
          id: match.id,
          kind: match.kind,
          caseId: match.caseId,
          caseNumber,
          lastMaracOn,
          withinTwelveMonths: match.withinTwelveMonths,
          similarity: match.similarity,
          decision: match.decision,
          ...(latest ?? { victimName: null, victimDob: null, perpetratorName: null }),
        });
      }
    }

    const editable = can(me, 'referral.edit', target) && isEditable(referral.status);
    const otherAgencies =
      editable || referral.jointAgencyId
        ? await tx
            .select({ value: agencies.id, label: agencies.name, active: agencies.active })
            .from(agencies)
            .where(and(eq(agencies.areaId, referral.areaId), ne(agencies.id, referral.referringAgencyId)))
            .orderBy(asc(agencies.name))
        : [];

    const form = referral.form;
    const showProtected = can(me, 'referral.see_protected', target);
    await recordAudit(tx, me, { action: 'referral.view', resourceType: 'referral', resourceId: referral.id, caseId: referral.caseId });
    return {
      id: referral.id,
      reference: referralReference(referral.id),
      status: referral.status,
      version: referral.version,
      caseId: referral.caseId,
      caseNumber: meta.caseNumber,
      referringAgencyName: meta.agencyName,
      referrerName: meta.referrerName,
      createdAt: referral.createdAt,
      submittedAt: referral.submittedAt,
      form: showProtected ? form : withoutProtectedFields(form),
      protectedHidden: !showProtected,
      scores: { risk: referral.riskScore, stalking: referral.stalkingScore, riskChecklistId: referral.riskChecklistId, stalkingScreenId: referral.stalkingScreenId },
      criteria: criteriaOf(referral),
      thresholds: { visibleHighRisk: thresholds.visibleHighRisk, escalation: thresholds.escalation },
      childrenInHousehold: referral.childrenInHousehold,
      stalking: referral.stalking,
      steps: referralSteps.map((step) => ({ step, ...stepProblems(form, step) })),
      history,
      matches,
      jointAgencyName: otherAgencies.find((a) => a.value === referral.jointAgencyId)?.label ?? null,
      jointAgencyChoices: editable ? otherAgencies.filter((a) => a.active).map(({ value, label }) => ({ value, label })) : [],
      canEdit: editable,
      canScreen,
      isReferrer: can(me, 'referral.edit', target),
    };
  });
}
