import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/db/clock';
import { getCase } from '@/lib/cases/get';
import { AccessDenied } from '@/lib/errors';
import { expectAudit } from '@/test/audit';
import { auditEventsOf, makeAreaWithStaff, makeUser, signedIn } from '@/test/factories';
import { scheduleMeeting } from '@/lib/meetings/schedule';
import { makeDatasetFixture } from '@/test/dataset';
import { compareWithNational } from './compare';
import { getDataset, type Dataset } from './get';
import { nationalFigures } from './national';
import { lastQuarter, quarterBefore, quarterDates, quarterLabel } from './period';

let fixture: Awaited<ReturnType<typeof makeDatasetFixture>>;
let q1: Dataset;
let q2: Dataset;
let q3: Dataset;

beforeAll(async () => {
  fixture = await makeDatasetFixture();
  const coordinator = await fixture.as('coordinator');
  q1 = await getDataset(coordinator, { kind: 'quarter', quarter: '2025-Q1' });
  q2 = await getDataset(coordinator, { kind: 'quarter', quarter: '2025-Q2' });
  q3 = await getDataset(coordinator, { kind: 'quarter', quarter: '2025-Q3' });
}, 120_000);

afterEach(() => setClock(new Date('2025-07-15T08:00:00Z')));

const route = (d: Dataset, r: string) => d.byRoute.find((x) => x.route === r)!.count;

describe('the dataset of a quarter, against a fixture with known answers', () => {
  it('counts meetings, cases discussed (a case heard twice in a quarter twice) and repeats', () => {
    expect(q1.period).toMatchObject({ kind: 'quarter', from: '2025-01-01', to: '2025-03-31', label: 'January to March 2025' });
    expect(q1.figures).toMatchObject({
      meetings: 2,
      casesDiscussed: 4,
      distinctCases: 3,
      // A, heard in February and again in March.
      repeats: { count: 1, percent: 25 },
      markedRepeats: { count: 1, percent: 25 },
    });
    expect(q1.perMeeting.map((m) => [m.date, m.cases, m.repeats])).toEqual([
      ['2025-02-10', 2, 0],
      ['2025-03-10', 2, 1],
    ]);
  });

  it('finds a repeat across quarters the screening never marked, and shows the mark beside it', () => {
    // B, heard in February, is heard again in May: a repeat of Q2, listed by hand with no new referral.
    expect(q2.figures).toMatchObject({ meetings: 1, casesDiscussed: 2, distinctCases: 2, repeats: { count: 1, percent: 50 }, markedRepeats: { count: 0, percent: 0 } });
  });

  it('counts referrals by route, a joint referral a half to each agency, and the partner share', () => {
    expect(q1.figures).toMatchObject({ referrals: 4, policeReferrals: 2, partnerReferrals: { count: 2, percent: 50 } });
    expect([route(q1, 'police'), route(q1, 'idva'), route(q1, 'housing'), route(q1, 'mash')]).toEqual([2, 1.5, 0.5, 0]);
    expect(q1.byRoute.reduce((sum, r) => sum + r.count, 0)).toBe(4);
    expect(q1.byAgency.map((a) => [a.agencyName.split(' ')[0], a.count])).toEqual([
      ['police', 2],
      ['idva', 1.5],
      ['housing', 0.5],
    ]);
    expect([route(q2, 'police'), route(q2, 'idva'), route(q2, 'housing')]).toEqual([1, 0.5, 0.5]);
    expect(q2.figures.partnerReferrals).toEqual({ count: 1, percent: 50 });
  });

  it('counts the victims, children and perpetrators from the referral behind each hearing', () => {
    expect(q1.figures).toMatchObject({
      minoritised: { count: 2, percent: 50 },
      lgbt: { count: 1, percent: 25 },
      disabled: { count: 1, percent: 25 },
      male: { count: 1, percent: 25 },
      aged16to17: { count: 1, percent: 25 },
      children: 5,
      perpetratorsUnder18: { count: 2, percent: 50 },
    });
    // D "prefers not to say": counted in no group.
    expect(q2.figures).toMatchObject({
      minoritised: { count: 0, percent: 0 },
      lgbt: { count: 1, percent: 50 },
      disabled: { count: 1, percent: 50 },
      male: { count: 1, percent: 50 },
      aged16to17: { count: 1, percent: 50 },
      children: 0,
      perpetratorsUnder18: { count: 0, percent: 0 },
    });
  });

  it('counts cases per 10,000 women aged 16 and over, over a year, from the area setting', () => {
    expect(q1.adultFemalePopulation).toBe(100_000);
    // 4 cases in 90 days: 16.2 a year, in 100,000 women.
    expect(q1.figures.casesPer10kWomen).toBe(1.6);
    expect(q2.figures.casesPer10kWomen).toBe(0.8);
  });

  it('shows how referrals flowed: screening, and the time to the meeting that first heard them', () => {
    expect(q1.flow.screening).toEqual({ screened: 6, accepted: 4, returned: 1, declined: 1, medianDaysToDecision: 1 });
    expect(q1.flow.toMeeting).toEqual({
      heard: 4,
      medianDays: 27.5,
      meanDays: 25.8,
      buckets: [
        { label: 'A week or less', count: 0 },
        { label: '8 to 14 days', count: 1 },
        { label: '15 to 28 days', count: 1 },
        { label: 'More than 28 days', count: 2 },
      ],
    });
    // B's second hearing is not a wait: only D's referral, 14 days and an hour before May's meeting.
    expect(q2.flow.toMeeting).toMatchObject({ heard: 1, medianDays: 14, meanDays: 14 });
    expect(q2.flow.screening).toMatchObject({ screened: 1, accepted: 1 });
  });

  it('shows what became of the actions agreed, per agency and by month', () => {
    expect(q1.flow.actions).toMatchObject({ agreed: 5, completedOnTime: 1, completedLate: 1, notPossible: 1, notDone: 1, onTrack: 1, overdue: 0, perCase: 1.3 });
    const byType = Object.fromEntries(q1.flow.actions.byAgency.map((a) => [a.agencyName.split(' ')[0], a]));
    expect(byType.police).toMatchObject({ agreed: 2, completedOnTime: 1, notDone: 1 });
    expect(byType.housing).toMatchObject({ agreed: 2, completedLate: 1, onTrack: 1 });
    expect(byType.idva).toMatchObject({ agreed: 1, notPossible: 1 });
    expect(q1.flow.actions.byMonth.map((m) => [m.month, m.agreed])).toEqual([
      ['2025-02', 2],
      ['2025-03', 3],
    ]);
    expect(q2.flow.actions).toMatchObject({ agreed: 1, overdue: 1, perCase: 0.5 });
  });

  it('shows how often each agency asked had researched before the meeting', () => {
    // The partnership only coordinates: it is not asked.
    expect(q1.flow.research.map((r) => [r.agencyName.split(' ')[0], r.asked, r.researched, r.noTrace, r.percent])).toEqual([
      ['housing', 4, 1, 1, 25],
      ['idva', 4, 0, 0, 0],
      ['police', 4, 2, 0, 50],
    ]);
  });

  it('answers an empty quarter with zeros and no shares', () => {
    expect(q3.figures).toMatchObject({ meetings: 0, casesDiscussed: 0, repeats: { count: 0, percent: null }, referrals: 0, partnerReferrals: { count: 0, percent: null }, casesPer10kWomen: 0 });
    expect(q3.perMeeting).toEqual([]);
    expect(q3.flow.toMeeting).toMatchObject({ heard: 0, medianDays: null });
    expect(q3.flow.actions).toMatchObject({ agreed: 0, perCase: null });
    expect(q3.comparisons.every((c) => c.note === null)).toBe(true);
    expect(q3.trend.map((t) => [t.quarter, t.meetings, t.cases, t.repeats, t.repeatRate])).toEqual([
      ['2024-Q4', 0, 0, 0, null],
      ['2025-Q1', 2, 4, 1, 25],
      ['2025-Q2', 1, 2, 1, 50],
      ['2025-Q3', 0, 0, 0, null],
    ]);
  });

  it('counts one meeting, or any date range', async () => {
    const coordinator = await fixture.as('coordinator');
    const m2 = await getDataset(coordinator, { kind: 'meeting', meetingId: fixture.meetings.m2 });
    expect(m2.period).toMatchObject({ kind: 'meeting', from: '2025-03-10', to: '2025-03-10' });
    expect(m2.figures).toMatchObject({ meetings: 1, casesDiscussed: 2, repeats: { count: 1 }, casesPer10kWomen: null });
    expect(m2.flow.screening).toBeNull();
    expect(m2.meetingChoices.map((m) => m.date)).toEqual(['2025-05-12', '2025-03-10', '2025-02-10']);
    const half = await getDataset(coordinator, { kind: 'range', from: '2025-01-01', to: '2025-06-30' });
    expect(half.figures).toMatchObject({ meetings: 3, casesDiscussed: 6, distinctCases: 4, repeats: { count: 2 } });
  });

  it('puts each figure beside the national one, with a note where the area differs much', () => {
    expect(q1.national).toBe(nationalFigures);
    const repeat = q1.comparisons.find((c) => c.key === 'repeatRate')!;
    expect(repeat).toMatchObject({ area: 25, national: 31, note: null });
    // Four cases are too few to say the area differs: no notes.
    expect(q1.comparisons.every((c) => c.note === null)).toBe(true);
    const larger = { ...q1.figures, casesDiscussed: 25 };
    const notes = compareWithNational({ ...larger, repeats: { count: 3, percent: 12 } }, nationalFigures);
    expect(notes.find((c) => c.key === 'casesPer10kWomen')!.note).toMatch(/^Cases per 10,000 .* 1\.6 per 10,000: fewer cases than recommended/);
    const low = notes.find((c) => c.key === 'repeatRate')!;
    expect(low.note).toBe('Repeat rate 12 %: repeats may not be recognised');
    // Near the national figure: nothing to say.
    expect(compareWithNational({ ...larger, repeats: { count: 8, percent: 32 } }, nationalFigures).find((c) => c.key === 'repeatRate')!.note).toBeNull();
  });

  it('is read by the coordinators, chairs, IG lead and steering group; anyone else is told it is not there', async () => {
    const { staff } = fixture;
    const steering = await makeUser(staff.agencies.csp.id, 'steering_group');
    const ig = await makeUser(staff.agencies.csp.id, 'ig_lead');
    // The same figures for each, though the database shows the IG lead and the steering group no referral (decision 0022).
    const coordinators = (await getDataset(await fixture.as('coordinator'), { kind: 'quarter', quarter: '2025-Q1' })).figures;
    expect(coordinators.referrals).toBeGreaterThan(0);
    for (const id of [steering.id, ig.id, staff.users.chair.id]) {
      const viewer = await signedIn(id);
      const seen = await getDataset(viewer, { kind: 'quarter', quarter: '2025-Q1' });
      expect(seen.figures).toMatchObject({ casesDiscussed: 4 });
      expect(seen.figures).toEqual(coordinators);
      await expectAudit(viewer, { action: 'dataset.view', outcome: 'allowed', resourceType: 'dataset' });
    }
    for (const id of [staff.users.officer.id, staff.users.admin.id, fixture.idvaUser.id]) {
      const viewer = await signedIn(id);
      const refused = getDataset(viewer, { kind: 'quarter', quarter: '2025-Q1' });
      await expect(refused).rejects.toBeInstanceOf(AccessDenied);
      await expect(refused).rejects.toMatchObject({ asNotFound: true });
      const events = await auditEventsOf(viewer.requestId);
      expect(events.at(-1)).toMatchObject({ action: 'dataset.view', outcome: 'denied' });
    }
  });

  it('refuses a meeting of another area as "not found"', async () => {
    const other = await makeDatasetFixtureMeetingElsewhere();
    const coordinator = await fixture.as('coordinator');
    await expect(getDataset(coordinator, { kind: 'meeting', meetingId: other })).rejects.toMatchObject({ asNotFound: true });
  });

  it('makes the joint referral’s second agency a referrer of the case', async () => {
    const idva = await fixture.as('idvaUser');
    const officer = await fixture.as('officer');
    await expect(getCase(idva, fixture.cases.B)).resolves.toMatchObject({ id: fixture.cases.B });
    // The police neither referred B nor own an action on it, and its listing is long past.
    await expect(getCase(officer, fixture.cases.B)).rejects.toMatchObject({ asNotFound: true });
  });
});

describe('quarters', () => {
  it('are calendar quarters, named by their months', () => {
    expect(quarterDates({ year: 2026, q: 4 })).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterLabel({ year: 2026, q: 3 })).toBe('July to September 2026');
    expect(lastQuarter('2026-12-03')).toEqual({ year: 2026, q: 3 });
    expect(lastQuarter('2026-02-03')).toEqual({ year: 2025, q: 4 });
    expect(quarterBefore({ year: 2026, q: 1 }, 3)).toEqual({ year: 2025, q: 2 });
  });
});

/** A held meeting of another area, made through the verbs. */
async function makeDatasetFixtureMeetingElsewhere(): Promise<string> {
  const staff = await makeAreaWithStaff();
  const { meetingId } = await scheduleMeeting(staff.as.coordinator, { date: '2025-08-01', time: '10:00', venue: 'Elsewhere', videoLink: '', chairUserId: '' });
  return meetingId;
}
