import { describe, expect, it } from 'vitest';
import { inAgendaOrder, sectionOf } from './agenda-section';
import { changedMinutes, minuteFieldLabels, minuteFields } from './minute-fields';
import { outcomesFor } from './review-outcomes';
import { ukDateOf } from '@/db/clock';

describe('the minute fields', () => {
  it('are one list, in the order the minutes are read, each with its label', () => {
    expect(minuteFields).toEqual(['informationShared', 'risksToVictim', 'risksToChildren', 'risksToOthers', 'risksToStaff', 'crimesDisclosed', 'decisions']);
    expect(minuteFields.every((f) => minuteFieldLabels[f].length > 0)).toBe(true);
  });

  it('find what a correction changed, case by case, an emptied or first-filled minute included', () => {
    const before = [{ agendaItemId: 'a', caseNumber: 'KV-1', minutes: { informationShared: 'Two call-outs', decisions: 'Refer', risksToStaff: null } }];
    const after = [{ agendaItemId: 'a', caseNumber: 'KV-1', minutes: { informationShared: 'Three call-outs', decisions: '', risksToStaff: 'Dog at the address' } }];
    expect(changedMinutes(before, after).map((c) => [c.label, c.before, c.after])).toEqual([
      ['Information shared', 'Two call-outs', 'Three call-outs'],
      ['Risks to staff', null, 'Dog at the address'],
      ['Decisions', 'Refer', null],
    ]);
    expect(changedMinutes(before, before)).toEqual([]);
  });
});

describe('the agenda section', () => {
  it('has children from one child up, and puts those cases first, each in its place', () => {
    expect([0, 1, 3].map(sectionOf)).toEqual(['adults', 'children', 'children']);
    const ordered = inAgendaOrder([
      { id: 'adult-1', children: 0, position: 1 },
      { id: 'child-3', children: 2, position: 3 },
      { id: 'child-2', children: 1, position: 2 },
    ]);
    expect(ordered.map((i) => i.id)).toEqual(['child-2', 'child-3', 'adult-1']);
  });
});

describe('a meeting’s day and its reviews', () => {
  it('takes the UK date of the start, not the UTC one', () => {
    expect(ukDateOf(new Date('2026-06-09T23:30:00Z'))).toBe('2026-06-10');
    expect(ukDateOf(new Date('2026-12-09T23:30:00Z'))).toBe('2026-12-09');
  });

  it('offers “on track” only for an open action not yet due, and “not done” only otherwise', () => {
    expect(outcomesFor({ dueOn: '2026-03-10', status: 'open' }, '2026-03-10')).toEqual(['on_track', 'not_possible']);
    expect(outcomesFor({ dueOn: '2026-03-09', status: 'in_progress' }, '2026-03-10')).toEqual(['not_possible', 'not_done']);
    expect(outcomesFor({ dueOn: '2026-04-01', status: 'not_done' }, '2026-03-10')).toEqual(['not_possible', 'not_done']);
  });
});
