import { riskChecklistV1 } from './risk-v1';
import { stalkingScreenV1 } from './stalking-v1';
import type { ChecklistDefinition } from './types';

export { answerLabels, answers, type Answer, type ChecklistDefinition, type ChecklistQuestion } from './types';
export { riskChecklistV1 } from './risk-v1';
export { stalkingScreenV1 } from './stalking-v1';

/**
 * Every checklist definition ever published. Each stored answer set names the definition it answers
 * (its id), so a published definition is never edited: a change of wording, order or questions is a new
 * version with a new id, and old versions stay here so old answers keep their meaning. The frozen
 * definitions test (checklists.test.ts) fails if a published definition changes in place.
 */
export const publishedChecklists: readonly ChecklistDefinition[] = [riskChecklistV1, stalkingScreenV1];

/** The risk checklist new assessments use. */
export const currentRiskChecklist: ChecklistDefinition = riskChecklistV1;

/** The stalking screen new assessments use. */
export const currentStalkingScreen: ChecklistDefinition = stalkingScreenV1;

const byId = new Map(publishedChecklists.map((definition) => [definition.id, definition]));

/** The published definition with this id, or undefined if there is none. */
export function getChecklist(id: string): ChecklistDefinition | undefined {
  return byId.get(id);
}
