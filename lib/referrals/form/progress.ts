import type { z } from 'zod';
import { currentRiskChecklist, currentStalkingScreen, type Answer } from '../checklists';
import { stalkingScreenDue } from '../criteria';
import { isFieldStep, stepTitles, type ReferralStep } from './fields';
import { completeFieldStepSchema, type ReferralForm, type stalkingStepSchema } from './schemas';

// How far a referral's form has got: which steps are done, which are not needed, and what is missing.

export function riskAnswersOf(form: ReferralForm): Record<string, Answer | undefined> {
  return (form.risk?.answers ?? {}) as Record<string, Answer | undefined>;
}

export function stalkingDue(form: ReferralForm): boolean {
  return stalkingScreenDue(riskAnswersOf(form), form.risk?.markedStalking === 'yes');
}

export type StepState = 'not_started' | 'in_progress' | 'complete' | 'not_needed';

/** Where each step stands, and what is missing from it. */
export function stepProblems(form: ReferralForm, step: ReferralStep): { state: StepState; problems: { field: string; message: string }[] } {
  const values = form[step];
  if (step === 'stalking' && !stalkingDue(form)) return { state: 'not_needed', problems: [] };
  if (values === undefined) return { state: 'not_started', problems: [{ field: '', message: `Complete “${stepTitles[step]}”` }] };
  let problems: { field: string; message: string }[] = [];
  if (isFieldStep(step)) {
    const result = completeFieldStepSchema(step).safeParse(values);
    if (!result.success) {
      // A date's boxes share one message: list it once for the field.
      const seen = new Set<string>();
      problems = result.error.issues
        .map((i) => ({ field: String(i.path[0] ?? ''), message: i.message }))
        .filter((p) => !seen.has(`${p.field}\u0000${p.message}`) && seen.add(`${p.field}\u0000${p.message}`));
    }
  } else if (step === 'risk' || step === 'stalking') {
    const definition = step === 'risk' ? currentRiskChecklist : currentStalkingScreen;
    const given = (values as z.output<typeof stalkingStepSchema>).answers;
    const missing = definition.questions.filter((q) => !given[q.id]);
    if (missing.length) problems = [{ field: `answers.${missing[0].id}`, message: `Answer question ${missing.map((q) => q.number).join(', ')}` }];
  }
  return { state: problems.length ? 'in_progress' : 'complete', problems };
}

