import { describe, expect, it } from 'vitest';
import { capacityOf, describeMinutes, orderAgenda } from './agenda-order';

const day = (n: number) => new Date(Date.UTC(2026, 0, n));

describe('the agenda order', () => {
  it('puts cases with children first, then adult-only; highest risk first in each; the longest waiting first on a tie', () => {
    const ordered = orderAgenda([
      { caseId: 'adult-high', children: 0, repeat: false, riskScore: 20, acceptedAt: day(5) },
      { caseId: 'child-low', children: 1, repeat: false, riskScore: 9, acceptedAt: day(1) },
      { caseId: 'child-high', children: 3, repeat: true, riskScore: 17, acceptedAt: day(9) },
      { caseId: 'adult-low-old', children: 0, repeat: false, riskScore: 14, acceptedAt: day(2) },
      { caseId: 'adult-low-new', children: 0, repeat: false, riskScore: 14, acceptedAt: day(8) },
    ]);
    expect(ordered.map((c) => [c.caseId, c.section])).toEqual([
      ['child-high', 'children'],
      ['child-low', 'children'],
      ['adult-high', 'adults'],
      ['adult-low-old', 'adults'],
      ['adult-low-new', 'adults'],
    ]);
  });

  it('keeps a repeat where its risk and household put it (it is marked, not moved)', () => {
    const ordered = orderAgenda([
      { caseId: 'repeat', children: 0, repeat: true, riskScore: 10, acceptedAt: day(1) },
      { caseId: 'new', children: 0, repeat: false, riskScore: 12, acceptedAt: day(2) },
    ]);
    expect(ordered.map((c) => c.caseId)).toEqual(['new', 'repeat']);
  });
});

describe('capacity', () => {
  it.each([
    [16, false, 160],
    [17, true, 170],
    [0, false, 0],
  ])('%i cases against 16 of 10 minutes: over %s, %i minutes', (cases, over, minutes) => {
    expect(capacityOf(cases, { casesPerMeeting: 16, minutesPerCase: 10 })).toEqual({ cases, limit: 16, over, expectedMinutes: minutes });
  });

  it('uses the area’s settings', () => {
    expect(capacityOf(13, { casesPerMeeting: 12, minutesPerCase: 15 })).toMatchObject({ over: true, expectedMinutes: 195 });
  });

  it.each([
    [0, '0 minutes'],
    [50, '50 minutes'],
    [60, '1 hour'],
    [170, '2 hours 50 minutes'],
  ])('describes %i minutes as “%s”', (n, text) => {
    expect(describeMinutes(n)).toBe(text);
  });
});
