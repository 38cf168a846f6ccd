import { describe, expect, it } from 'vitest';
import { currentRiskChecklist, type Answer } from './checklists';
import { criteriaFor, scoreOf, stalkingScreenDue } from './criteria';

const answersWith = (counts: Partial<Record<Answer, number>>): Record<string, Answer> => {
  const list: Answer[] = Object.entries(counts).flatMap(([answer, n]) => Array(n).fill(answer));
  return Object.fromEntries(currentRiskChecklist.questions.map((q, i) => [q.id, list[i] ?? 'no']));
};
const defaults = { professionalJudgement: false, policeIncidentsLastYear: 0, repeat: false, thresholds: { visibleHighRisk: 14, escalation: 3 } };

describe('scoring the risk checklist', () => {
  it.each([
    [{ yes: 0 }, 0],
    [{ yes: 13 }, 13],
    [{ yes: 14 }, 14],
    [{ yes: 13, dont_know: 11 }, 13],
    [{ yes: 10, not_asked: 14 }, 10],
    [{ yes: 24 }, 24],
  ])('%j scores %i: only "yes" counts', (counts, score) => {
    expect(scoreOf(currentRiskChecklist, answersWith(counts))).toBe(score);
  });

  it('ignores answers to questions the checklist does not have', () => {
    expect(scoreOf(currentRiskChecklist, { q1: 'yes', q99: 'yes' })).toBe(1);
  });
});

describe('the referral criteria', () => {
  it.each([
    ['13 yes', { riskScore: 13 }, { visibleHighRisk: false, met: false }],
    ['14 yes', { riskScore: 14 }, { visibleHighRisk: true, met: true }],
    ['13 yes and professional judgement', { riskScore: 13, professionalJudgement: true }, { visibleHighRisk: false, professionalJudgement: true, met: true }],
    ['2 yes and professional judgement', { riskScore: 2, professionalJudgement: true }, { met: true }],
    ['20 yes without professional judgement', { riskScore: 20, professionalJudgement: false }, { visibleHighRisk: true, met: true }],
    ['3 police incidents', { policeIncidentsLastYear: 3 }, { potentialEscalation: true, met: true }],
    ['2 police incidents', { policeIncidentsLastYear: 2 }, { potentialEscalation: false, met: false }],
    ['a repeat alone', { repeat: true }, { repeat: true, met: true }],
    ['an area threshold of 17: 16 yes', { riskScore: 16, thresholds: { visibleHighRisk: 17, escalation: 3 } }, { visibleHighRisk: false }],
    ['an area threshold of 17: 17 yes', { riskScore: 17, thresholds: { visibleHighRisk: 17, escalation: 3 } }, { visibleHighRisk: true }],
    ['an area escalation threshold of 4: 3 incidents', { policeIncidentsLastYear: 3, thresholds: { visibleHighRisk: 14, escalation: 4 } }, { potentialEscalation: false }],
    ['an area escalation threshold of 4: 4 incidents', { policeIncidentsLastYear: 4, thresholds: { visibleHighRisk: 14, escalation: 4 } }, { potentialEscalation: true }],
  ])('%s', (_name, input, expected) => {
    expect(criteriaFor({ ...defaults, riskScore: 0, ...input })).toMatchObject(expected);
  });
});

describe('the stalking screen', () => {
  it('is due when factor 8 is yes or the referrer marks stalking, not for "don’t know"', () => {
    expect(stalkingScreenDue({ q8: 'yes' }, false)).toBe(true);
    expect(stalkingScreenDue({ q8: 'no' }, true)).toBe(true);
    expect(stalkingScreenDue({ q8: 'dont_know' }, false)).toBe(false);
  });
});
