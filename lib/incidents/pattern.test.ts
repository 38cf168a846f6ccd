import { describe, expect, it } from 'vitest';
import { AccessDenied } from '@/lib/errors';
import { makeAreaWithStaff, newRequest } from '@/test/factories';
import { makeAcceptedCase } from '@/test/cases';
import { expectAudit } from '@/test/audit';
import { recordEntries } from '@/test/incidents';
import { withdrawIncident } from './log';
import { gapTrend, getConductPattern } from './pattern';

// A log with known answers. Standing entries, in the order they happened: gaps of 2, 13, 2 and 1 days,
// so the earlier half's mean gap is 7.5 days and the later half's 1.5: shrinking. Entry 3 is withdrawn
// (in the empty week of 12 October) and counts in no figure.
const log = [
  { on: '2026-10-05', channel: 'text_message', behaviours: ['contacting'] },
  { on: '2026-10-07', channel: 'text_message', behaviours: ['contacting', 'threats'] },
  { on: '2026-10-13', channel: 'email', behaviours: ['threats'] },
  { on: '2026-10-20', channel: 'social_media', behaviours: ['publishing'] },
  { on: '2026-10-22', channel: 'in_person', behaviours: ['following', 'watching'] },
  { on: '2026-10-23', channel: 'social_media', behaviours: ['publishing', 'threats'] },
];

describe('the course of conduct at a glance', () => {
  it('counts a hand-built log by week, channel and behaviour, finds the first and last, and sees the gaps shrinking; reading is audited', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Pattern Victim' });
    await recordEntries(staff.as.officer, c.id, log);
    await withdrawIncident(staff.as.officer, { caseId: c.id, number: 3, reason: 'Logged on the wrong case' });

    const reader = newRequest(staff.as.coordinator);
    const p = await getConductPattern(reader, { caseId: c.id });
    await expectAudit(reader, { action: 'incident.pattern', outcome: 'allowed', resourceType: 'case', resourceId: c.id, caseId: c.id, detail: 'entries_5' });
    expect(p.caseNumber).toBe(c.number);
    expect([p.standing, p.withdrawn]).toEqual([5, 1]);
    expect(p.weeks).toEqual([
      { week: '2026-10-05', total: 2, byChannel: { text_message: 2 } },
      { week: '2026-10-12', total: 0, byChannel: {} },
      { week: '2026-10-19', total: 3, byChannel: { in_person: 1, social_media: 2 } },
    ]);
    expect(p.channels).toEqual([
      { channel: 'social_media', count: 2 },
      { channel: 'text_message', count: 2 },
      { channel: 'in_person', count: 1 },
    ]);
    expect(p.behaviours).toEqual([
      { behaviour: 'contacting', count: 2 },
      { behaviour: 'publishing', count: 2 },
      { behaviour: 'threats', count: 2 },
      { behaviour: 'following', count: 1 },
      { behaviour: 'watching', count: 1 },
    ]);
    expect(p.first).toMatchObject({ number: 1, occurredPrecision: 'exact', occurredAt: new Date('2026-10-05T09:00:00Z') });
    expect(p.last).toMatchObject({ number: 6, occurredAt: new Date('2026-10-23T09:00:00Z') });
    expect(p.gaps).toEqual({ trend: 'shrinking', earlierMeanDays: 7.5, laterMeanDays: 1.5 });
  });

  it('says growing, steady or too few by comparing the later half’s mean gap with the earlier half’s', async () => {
    expect(gapTrend(2, 5)).toBe('growing');
    expect(gapTrend(4, 4.5)).toBe('steady');
    expect(gapTrend(4, 3.5)).toBe('steady');
    expect(gapTrend(0, 0)).toBe('steady');
    expect(gapTrend(null, null)).toBe('too_few');

    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Growing Gaps' });
    // Gaps of 1, 2, 10 days: the middle one is left out; 1 day, then 10: growing.
    await recordEntries(staff.as.officer, c.id, [
      { on: '2026-09-01', channel: 'phone_call' },
      { on: '2026-09-02', channel: 'phone_call' },
      { on: '2026-09-04', channel: 'phone_call' },
      { on: '2026-09-14', channel: 'phone_call' },
    ]);
    expect((await getConductPattern(staff.as.coordinator, { caseId: c.id })).gaps).toEqual({ trend: 'growing', earlierMeanDays: 1, laterMeanDays: 10 });

    const empty = await makeAcceptedCase(staff, { victim: 'No Incidents' });
    const none = await getConductPattern(staff.as.coordinator, { caseId: empty.id });
    expect(none).toMatchObject({ standing: 0, weeks: [], channels: [], behaviours: [], first: null, last: null, gaps: { trend: 'too_few' } });
  });

  it('answers an agency outside the case, and one of another area, "not found", audited', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Pattern Outsider' });
    await recordEntries(staff.as.officer, c.id, log.slice(0, 2));
    const other = await makeAreaWithStaff();
    for (const outsider of [staff.as.housingOfficer, other.as.officer]) {
      const as = newRequest(outsider);
      const err = await getConductPattern(as, { caseId: c.id }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AccessDenied);
      expect((err as AccessDenied).asNotFound).toBe(true);
      await expectAudit(as, { action: 'incident.view', outcome: 'denied', resourceType: 'case', resourceId: c.id, detail: 'not_found' });
    }
  });
});
