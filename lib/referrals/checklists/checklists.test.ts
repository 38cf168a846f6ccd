import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { currentRiskChecklist, currentStalkingScreen, getChecklist, publishedChecklists } from './index';
import { riskChecklistV1 } from './risk-v1';
import { stalkingScreenV1 } from './stalking-v1';

/**
 * SHA-256 of JSON.stringify of each published definition. A published checklist never changes in place:
 * stored answers name the definition they answer. To change a checklist, add a new version with a new id,
 * register it in index.ts and record its hash here; never update an existing hash.
 */
const frozenHashes: Record<string, string> = {
  'risk-24@1': '31ad5943b61e1eec665299cc3bc0d0c41c01056bf1c58eec14978c8d59450943',
  'stalking-11@1': 'd2626e689e48f9cafc2f17b38c3ed9f11699c4149a9a7acd1219c3f08ae995aa',
};

function sha256(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

describe('checklist definitions', () => {
  it('has unique definition ids, each found by getChecklist', () => {
    const ids = publishedChecklists.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const definition of publishedChecklists) expect(getChecklist(definition.id)).toBe(definition);
    expect(getChecklist('risk-24@999')).toBeUndefined();
  });

  it('names each definition by kind, question count and version', () => {
    for (const d of publishedChecklists) {
      expect(d.id).toBe(`${d.kind}-${d.questions.length}@${d.version}`);
      expect(d.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${d.publishedOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d.publishedOn);
    }
  });

  it('keeps the current definitions in the registry', () => {
    expect(currentRiskChecklist.kind).toBe('risk');
    expect(currentStalkingScreen.kind).toBe('stalking');
    expect(publishedChecklists).toContain(currentRiskChecklist);
    expect(publishedChecklists).toContain(currentStalkingScreen);
  });

  it('has 24 risk questions and 11 stalking questions', () => {
    expect(riskChecklistV1.questions).toHaveLength(24);
    expect(stalkingScreenV1.questions).toHaveLength(11);
  });

  it('numbers questions 1..n with unique ids that follow the numbering', () => {
    for (const d of publishedChecklists) {
      const prefix = d.kind === 'risk' ? 'q' : 's';
      expect(d.questions.map((q) => q.number)).toEqual(d.questions.map((_, i) => i + 1));
      expect(d.questions.map((q) => q.id)).toEqual(d.questions.map((q) => `${prefix}${q.number}`));
      expect(new Set(d.questions.map((q) => q.id)).size).toBe(d.questions.length);
    }
  });

  it('gives every question text, a short label and help', () => {
    for (const d of publishedChecklists) {
      for (const q of d.questions) {
        expect(q.text.trim(), `${d.id} ${q.id} text`).not.toBe('');
        expect(q.shortLabel.trim(), `${d.id} ${q.id} shortLabel`).not.toBe('');
        expect(q.help.trim(), `${d.id} ${q.id} help`).not.toBe('');
      }
    }
  });

  it('asks about stalking at risk factor 8, whose "yes" opens the stalking screen', () => {
    const q8 = riskChecklistV1.questions.find((q) => q.id === 'q8');
    expect(q8?.number).toBe(8);
    expect(q8?.text).toMatch(/stalk/i);
    expect(q8?.help).toMatch(/stalking screen/i);
  });

  it('frozen definitions: no published checklist has changed in place', () => {
    expect(Object.keys(frozenHashes).sort()).toEqual(publishedChecklists.map((d) => d.id).sort());
    for (const d of publishedChecklists) {
      expect(
        sha256(d),
        `Checklist ${d.id} has changed. A published checklist must never change in place: stored answers refer to it by id. ` +
          'Restore it, and add a new version (new file, new id, registered in index.ts, with its own hash recorded here) instead.',
      ).toBe(frozenHashes[d.id]);
    }
  });
});
