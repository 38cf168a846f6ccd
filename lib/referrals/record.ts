import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { areas, referrals, type Referral } from '@/db/schema';
import { currentRiskChecklist, currentStalkingScreen } from './checklists';
import { criteriaFor, scoreOf } from './criteria';
import { lines } from '@/lib/input/lines';
import { riskAnswersOf, stalkingDue } from './form/progress';
import type { ReferralForm } from './form/schemas';
import { now } from '@/db/clock';

/** A referral row, locked for update when asked. */
export async function loadReferral(tx: Tx, referralId: string, forUpdate = false): Promise<Referral | null> {
  const query = tx.select().from(referrals).where(eq(referrals.id, referralId)).limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function areaThresholds(tx: Tx, areaId: string) {
  const [area] = await tx
    .select({ visibleHighRisk: areas.visibleHighRiskThreshold, escalation: areas.escalationThreshold, prefix: areas.caseNumberPrefix })
    .from(areas)
    .where(eq(areas.id, areaId));
  return area;
}

/**
 * The columns that lists, screening and matching query, worked out from the form's answers with the
 * area's thresholds. Kept beside the form so they never disagree with it.
 */
export function columnsFromForm(form: ReferralForm, thresholds: { visibleHighRisk: number; escalation: number }, repeat: boolean) {
  const riskScore = scoreOf(currentRiskChecklist, riskAnswersOf(form));
  const stalkingScore = form.stalking ? scoreOf(currentStalkingScreen, form.stalking.answers as Record<string, never>) : 0;
  const policeIncidents = Number(form.criteria?.policeIncidents || 0);
  const criteria = criteriaFor({ riskScore, professionalJudgement: form.criteria?.professionalJudgement === 'yes', policeIncidentsLastYear: policeIncidents, repeat, thresholds });
  const members = form.household?.members ?? [];
  return {
    jointAgencyId: form.referrer?.jointAgency || null,
    victimName: form.victim?.name || null,
    victimAliases: lines(form.victim?.aliases),
    victimDob: form.victim?.dob || null,
    perpetratorName: form.perpetrator?.name || null,
    perpetratorAliases: lines(form.perpetrator?.aliases),
    perpetratorDob: form.perpetrator?.dob || null,
    childrenInHousehold: members.filter((m) => m.child === 'yes').length,
    stalking: stalkingDue(form),
    riskChecklistId: form.risk ? currentRiskChecklist.id : null,
    stalkingScreenId: form.stalking ? currentStalkingScreen.id : null,
    riskScore,
    stalkingScore,
    visibleHighRisk: criteria.visibleHighRisk,
    professionalJudgement: criteria.professionalJudgement,
    potentialEscalation: criteria.potentialEscalation,
    updatedAt: now(),
  };
}

/** The four criteria as stored on a referral. */
export function criteriaOf(referral: Referral) {
  return {
    visibleHighRisk: referral.visibleHighRisk,
    professionalJudgement: referral.professionalJudgement,
    potentialEscalation: referral.potentialEscalation,
    repeat: referral.repeat,
  };
}
