import type { Answer, ChecklistDefinition } from './checklists';

/** The number of "yes" answers: "don't know" and "not asked" never count. */
export function scoreOf(definition: ChecklistDefinition, answers: Record<string, Answer | undefined>): number {
  return definition.questions.filter((q) => answers[q.id] === 'yes').length;
}

export interface CriteriaInput {
  riskScore: number;
  professionalJudgement: boolean;
  policeIncidentsLastYear: number;
  /** A confirmed match with a case heard at a MARAC in the last 12 months. */
  repeat: boolean;
  thresholds: { visibleHighRisk: number; escalation: number };
}

export interface Criteria {
  visibleHighRisk: boolean;
  professionalJudgement: boolean;
  potentialEscalation: boolean;
  repeat: boolean;
  /** Any one criterion is enough for a MARAC referral. */
  met: boolean;
}

/**
 * The MARAC referral criteria. Each stands on its own: professional judgement can bring a referral
 * in whatever the score, and never takes away visible high risk.
 */
export function criteriaFor(input: CriteriaInput): Criteria {
  const visibleHighRisk = input.riskScore >= input.thresholds.visibleHighRisk;
  const potentialEscalation = input.policeIncidentsLastYear >= input.thresholds.escalation;
  return {
    visibleHighRisk,
    professionalJudgement: input.professionalJudgement,
    potentialEscalation,
    repeat: input.repeat,
    met: visibleHighRisk || input.professionalJudgement || potentialEscalation || input.repeat,
  };
}

/** The stalking screen is asked when factor 8 is "yes" or the referrer marks the case as stalking. */
export function stalkingScreenDue(riskAnswers: Record<string, Answer | undefined>, markedStalking: boolean): boolean {
  return riskAnswers.q8 === 'yes' || markedStalking;
}
