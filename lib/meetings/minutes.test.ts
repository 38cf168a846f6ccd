import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { actionItems, cases, meetings, notifications } from '@/db/schema';
import { ConfidentialityNotConfirmed, InputRejected, StaleVersion } from '@/lib/errors';
import { setClock, todayInUk } from '@/db/clock';
import { expectAudit } from '@/test/audit';
import { auditEventsFor, auditEventsOf, makeAreaWithStaff, signedIn } from '@/test/factories';
import type { Viewer } from '@/lib/auth/viewer-type';
import { getResearch } from './research';
import { buildAgenda, getAgenda, publishAgenda } from './agenda';
import { correctMinutes, finaliseMinutes, getFinalMinutes } from './finalise';
import { sendResearchRequests } from './research-requests';
import { minutesConflictMessage } from './minute-fields';
import { addActionItem, confirmConfidentiality, getMeetingCase, getMeetingRun, MinutesConflict, recordAttendance, reviewIncompleteAction, saveMinutes, startMeeting, startTooEarlyMessage } from './run';
import { scheduleMeeting } from './schedule';
import { makeAcceptedCase } from '@/test/cases';
import { withoutAccount } from '@/lib/action-items/labels';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const blank = { informationShared: '', risksToVictim: '', risksToChildren: '', risksToOthers: '', risksToStaff: '', crimesDisclosed: '', decisions: '' };

type Staff = Awaited<ReturnType<typeof makeAreaWithStaff>>;

/** A held meeting, today, with one listed case whose referral has protected contact details. */
async function heldMeeting(existing?: Staff, time = '10:00') {
  const staff = existing ?? (await makeAreaWithStaff());
  const { as } = staff;
  const listed = await makeAcceptedCase(staff, { victim: 'Minuted Person', prefix: 'M' });
  const { meetingId } = await scheduleMeeting(as.coordinator, { date: todayInUk(), time, venue: 'Room 1', videoLink: '', chairUserId: staff.users.chair.id });
  await buildAgenda(as.coordinator, meetingId);
  await publishAgenda(as.coordinator, meetingId);
  await sendResearchRequests();
  const itemId = (await getAgenda(as.coordinator, meetingId)).sections[1].items[0].id;
  await recordAttendance(as.chair, {
    meetingId,
    entries: [
      { agencyId: staff.agencies.police.id, status: 'present', representative: 'DC Test' },
      { agencyId: staff.agencies.housing.id, status: 'apologies_info_sent', representative: '' },
    ],
  });
  await startMeeting(as.chair, meetingId);
  return { ...staff, meetingId, itemId, listed };
}

describe('running the meeting', () => {
  it('shows a case only to those who have confirmed confidentiality, and records the confirmation', async () => {
    const { as, meetingId, itemId } = await heldMeeting();
    await expect(getMeetingCase(as.chair, itemId)).rejects.toBeInstanceOf(ConfidentialityNotConfirmed);
    await confirmConfidentiality(as.chair, meetingId);
    const shown = await getMeetingCase(as.chair, itemId);
    expect(shown).toMatchObject({ victimName: 'Minuted Person', scores: { risk: 16 }, editable: true });
    const run = await getMeetingRun(as.chair, meetingId);
    expect(run.confirmations.map((c) => c.name)).toEqual(['Test chair']);
    expect(run.register.filter((r) => r.status).map((r) => r.status).sort()).toEqual(['apologies_info_sent', 'present']);
    expect((await auditEventsOf(as.chair.requestId)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['meeting.register', 'meeting.start', 'meeting.confirm_confidentiality', 'meeting.case_shown']),
    );
  });

  it('of two saves at the same version exactly one wins; the other is told and nothing is overwritten', async () => {
    const { as, itemId, meetingId } = await heldMeeting();
    const results = await Promise.allSettled([
      saveMinutes(as.chair, { agendaItemId: itemId, version: 0, ...blank, decisions: 'The chair’s decisions' }),
      saveMinutes(as.coordinator, { agendaItemId: itemId, version: 0, ...blank, decisions: 'The coordinator’s decisions' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(StaleVersion);
    await confirmConfidentiality(as.chair, meetingId);
    const stored = (await getMeetingCase(as.chair, itemId)).minutes;
    expect(stored.version).toBe(1);
    expect([`The chair’s decisions`, `The coordinator’s decisions`]).toContain(stored.decisions);
    // The loser saves again from the current version, with their text merged in.
    await saveMinutes(as.coordinator, { agendaItemId: itemId, version: 1, ...blank, decisions: `${stored.decisions}\nAnd more` });
    expect((await getMeetingCase(as.chair, itemId)).minutes).toMatchObject({ version: 2, decisions: `${stored.decisions}\nAnd more` });
  });

  it('finalises: the minutes lock, a correction is a new revision, agencies on the register are notified, and no protected field is in the minutes', async () => {
    const { as, meetingId, itemId, listed, agencies, users } = await heldMeeting();
    await saveMinutes(as.chair, { agendaItemId: itemId, version: 0, ...blank, informationShared: 'Police shared two call-outs', decisions: 'Refer to IDVA' });
    await addActionItem(as.chair, { agendaItemId: itemId, description: 'Fit a panic alarm', ownerAgencyId: agencies.police.id, ownerUserId: withoutAccount, ownerName: 'DC Test', dueOn: inDays(14) });
    await addActionItem(as.chair, { agendaItemId: itemId, description: 'Priority rehousing assessment', ownerAgencyId: agencies.housing.id, ownerUserId: withoutAccount, ownerName: 'Test agency', dueOn: inDays(21) });
    await expect(finaliseMinutes(as.chair, meetingId)).rejects.toMatchObject({ asNotFound: false });
    await expectAudit(as.chair, { action: 'minutes.finalise', outcome: 'denied', resourceType: 'meeting', resourceId: meetingId, detail: 'not_permitted' });

    const { notified } = await finaliseMinutes(as.coordinator, meetingId);
    expect(notified).toBe(3); // the chair and the officer (police), the housing officer
    const db = await getDb();
    // Housing was asked to research when the agenda was published, given an action, and told the minutes are out.
    expect((await db.select().from(notifications).where(eq(notifications.userId, users.housingOfficer.id))).map((n) => n.kind).sort()).toEqual([
      'action_assigned',
      'minutes_circulated',
      'research_requested',
    ]);
    const [heard] = await db.select().from(cases).where(eq(cases.id, listed.id));
    // Heard on the day of the meeting: today, never a day to come.
    expect(heard).toMatchObject({ awaitingMeeting: false, lastMaracOn: todayInUk() });

    await expect(saveMinutes(as.chair, { agendaItemId: itemId, version: 1, ...blank, decisions: 'Changed in place' })).rejects.toBeInstanceOf(InputRejected);
    const final = await getFinalMinutes(as.housingOfficer, meetingId);
    expect(final.revision).toBe(1);
    expect(final.current.cases[0]).toMatchObject({ minutes: { decisions: 'Refer to IDVA' } });
    expect(final.current.cases[0].actions.map((a) => a.description)).toEqual(['Fit a panic alarm', 'Priority rehousing assessment']);
    const text = JSON.stringify(final.current);
    for (const secret of ['1 Safe Street', '07700 900123', 'Weekdays 10 to 12', 'Her sister', 'His mother']) expect(text).not.toContain(secret);

    await correctMinutes(as.coordinator, { agendaItemId: itemId, version: 1, ...blank, informationShared: 'Police shared three call-outs', decisions: 'Refer to IDVA', reason: 'Police corrected the number of call-outs' });
    const corrected = await getFinalMinutes(as.coordinator, meetingId);
    expect(corrected.revision).toBe(2);
    expect(corrected.revisions.map((r) => [r.revision, r.reason])).toEqual([
      [2, 'Police corrected the number of call-outs'],
      [1, null],
    ]);
    expect(corrected.current.cases[0].minutes.informationShared).toBe('Police shared three call-outs');
  });
});

/** An action agreed at a meeting, straight in the database (how it is agreed is tested elsewhere). */
async function actionAt(staff: Staff, meetingId: string, itemId: string, caseId: string, description: string, dueOn: string) {
  const db = await getDb();
  const [row] = await db
    .insert(actionItems)
    .values({ areaId: staff.area.id, caseId, meetingId, agendaItemId: itemId, description, ownerAgencyId: staff.agencies.housing.id, ownerName: 'Test agency', dueOn, createdBy: staff.users.chair.id })
    .returning();
  return row;
}

describe('a meeting on its day', () => {
  it('cannot be started before its day: the chair is told, the refusal is recorded and the meeting stays unstarted', async () => {
    const staff = await makeAreaWithStaff();
    const { as } = staff;
    const { meetingId } = await scheduleMeeting(as.coordinator, { date: inDays(14), time: '10:00', venue: 'Room 1', videoLink: '', chairUserId: staff.users.chair.id });
    const db = await getDb();
    const c = await makeAcceptedCase(staff, { victim: 'Early Person', score: 14, prefix: 'E' });
    await buildAgenda(as.coordinator, meetingId);
    await publishAgenda(as.coordinator, meetingId);

    expect((await getMeetingRun(as.chair, meetingId)).meeting.startable).toBe(false);
    const refused = await startMeeting(as.chair, meetingId).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InputRejected);
    expect((refused as InputRejected).fieldErrors).toEqual({ meetingId: startTooEarlyMessage });
    const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
    expect(meeting.status).toBe('agenda_published');
    const events = (await auditEventsFor(meetingId)).filter((e) => e.action === 'meeting.start');
    expect(events.map((e) => [e.outcome, e.detail, e.userId])).toEqual([['denied', 'before_meeting_day', staff.users.chair.id]]);
    // Nothing was heard, so no case is marked heard on a day to come.
    const [listed] = await db.select().from(cases).where(eq(cases.id, c.id));
    expect(listed.lastMaracOn).toBeNull();
  });

  it('can be started on its day, and then reads as in progress until its minutes are finalised', async () => {
    const { as, meetingId } = await heldMeeting();
    const run = await getMeetingRun(as.chair, meetingId);
    expect(run.meeting).toMatchObject({ status: 'held', startable: true });
    expect((await auditEventsFor(meetingId)).filter((e) => e.action === 'meeting.start').map((e) => e.outcome)).toEqual(['allowed']);
  });
});

describe('before the confidentiality statement is confirmed', () => {
  it('the run view holds no case: neither the listed cases nor last meeting’s incomplete actions', async () => {
    const staff = await makeAreaWithStaff();
    const first = await heldMeeting(staff, '08:00');
    await actionAt(staff, first.meetingId, first.itemId, first.listed.id, 'Assess for a transfer', inDays(14));
    await finaliseMinutes(staff.as.coordinator, first.meetingId);
    const second = await heldMeeting(staff, '20:00');

    const before = await getMeetingRun(staff.as.officer, second.meetingId);
    expect(before).toMatchObject({ confirmedByMe: false, items: [], incompleteActions: [] });
    expect(JSON.stringify(before)).not.toMatch(new RegExp(`${first.listed.number}|${second.listed.number}|Assess for a transfer`));

    await confirmConfidentiality(staff.as.officer, second.meetingId);
    const after = await getMeetingRun(staff.as.officer, second.meetingId);
    expect(after.items.map((i) => i.caseNumber)).toEqual([second.listed.number]);
    expect(after.incompleteActions.map((a) => [a.caseNumber, a.description, a.notYetDue, a.outcomes])).toEqual([
      [first.listed.number, 'Assess for a transfer', true, ['on_track', 'not_possible']],
    ]);
  });
});

describe('reviewing last meeting’s incomplete actions', () => {
  it('offers “on track” for an action not yet due and “not done” only for an overdue one, and records what was said', async () => {
    const staff = await makeAreaWithStaff();
    const { as } = staff;
    const first = await heldMeeting(staff, '08:00');
    const notDue = await actionAt(staff, first.meetingId, first.itemId, first.listed.id, 'Assess for a transfer', inDays(14));
    const overdue = await actionAt(staff, first.meetingId, first.itemId, first.listed.id, 'Fit extra locks', inDays(7));
    await finaliseMinutes(as.coordinator, first.meetingId);
    const db = await getDb();
    await db.update(actionItems).set({ dueOn: inDays(-3) }).where(eq(actionItems.id, overdue.id));
    const second = await heldMeeting(staff, '20:00');

    const review = (actionItemId: string, outcome: 'on_track' | 'not_possible' | 'not_done') => reviewIncompleteAction(as.chair, { meetingId: second.meetingId, actionItemId, outcome, note: '' });
    await expect(review(notDue.id, 'not_done')).rejects.toMatchObject({ fieldErrors: { outcome: expect.stringMatching(/not due yet/) } });
    await expect(review(overdue.id, 'on_track')).rejects.toMatchObject({ fieldErrors: { outcome: expect.stringMatching(/overdue/) } });

    await review(notDue.id, 'on_track');
    await review(overdue.id, 'not_done');
    const [stillOpen] = await db.select().from(actionItems).where(eq(actionItems.id, notDue.id));
    expect(stillOpen).toMatchObject({ status: 'open', reviewedAtMeetingId: second.meetingId, closedAt: null });
    const [closed] = await db.select().from(actionItems).where(eq(actionItems.id, overdue.id));
    expect(closed.status).toBe('not_done');
    expect(closed.closedAt).not.toBeNull();
    expect((await auditEventsFor(notDue.id)).map((e) => [e.action, e.detail])).toEqual([['action_item.review', 'on_track']]);

    await confirmConfidentiality(as.chair, second.meetingId);
    await finaliseMinutes(as.coordinator, second.meetingId);
    const minutes = await getFinalMinutes(as.chair, second.meetingId);
    expect(minutes.current.reviewedActions.map((a) => [a.description, a.outcome]).sort()).toEqual([
      ['Assess for a transfer', 'open'],
      ['Fit extra locks', 'not_done'],
    ]);
  });
});

describe('the finalised minutes', () => {
  it('say who corrected them, when, why, and what each correction changed', async () => {
    const { as, meetingId, itemId, listed, agencies } = await heldMeeting();
    await saveMinutes(as.chair, { agendaItemId: itemId, version: 0, ...blank, informationShared: 'Two call-outs', decisions: 'Refer to IDVA' });
    await finaliseMinutes(as.coordinator, meetingId);
    await correctMinutes(as.coordinator, { agendaItemId: itemId, version: 1, ...blank, informationShared: 'Three call-outs', decisions: 'Refer to IDVA', reason: 'Police corrected the count' });

    const { revisions } = await getFinalMinutes(as.officer, meetingId);
    expect(revisions.map((r) => [r.revision, r.reason, r.by, r.byAgency])).toEqual([
      [2, 'Police corrected the count', 'Test coordinator', agencies.csp.name],
      [1, null, 'Test coordinator', agencies.csp.name],
    ]);
    expect(revisions[0].changes).toEqual([
      { agendaItemId: itemId, caseNumber: listed.number, field: 'informationShared', label: 'Information shared', before: 'Two call-outs', after: 'Three call-outs' },
    ]);
    expect(revisions[1].changes).toEqual([]);
  });

  it('tell a chair whose save lost that the minutes were saved by someone else, in words about minutes', async () => {
    const { as, itemId } = await heldMeeting();
    await saveMinutes(as.chair, { agendaItemId: itemId, version: 0, ...blank, decisions: 'Theirs' });
    const lost = await saveMinutes(as.coordinator, { agendaItemId: itemId, version: 0, ...blank, decisions: 'Mine' }).catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(MinutesConflict);
    expect(lost).toBeInstanceOf(StaleVersion);
    expect((lost as Error).message).toBe(minutesConflictMessage);
    expect(minutesConflictMessage).not.toMatch(/answers|another tab/);
  });
});

describe('who has seen a case', () => {
  it('records the cases an agenda, the meeting, and the minutes page and PDF showed, and none before confirmation', async () => {
    const { as, meetingId, listed } = await heldMeeting();
    const events = async (requestId: string, action: string) => (await auditEventsOf(requestId)).filter((e) => e.action === action);

    await getAgenda(as.housingOfficer, meetingId);
    expect((await events(as.housingOfficer.requestId, 'agenda.view')).map((e) => e.caseIds)).toEqual([[listed.id]]);

    // Before the statement is confirmed the run view shows no case, and names none.
    await getMeetingRun(as.housingOfficer, meetingId);
    await confirmConfidentiality(as.housingOfficer, meetingId);
    await getMeetingRun(as.housingOfficer, meetingId);
    expect((await events(as.housingOfficer.requestId, 'meeting.open')).map((e) => e.caseIds)).toEqual([null, [listed.id]]);

    await finaliseMinutes(as.coordinator, meetingId);
    await getFinalMinutes(as.housingOfficer, meetingId);
    await getFinalMinutes(as.housingOfficer, meetingId, 'pdf');
    const minutes = [...(await events(as.housingOfficer.requestId, 'minutes.view')), ...(await events(as.housingOfficer.requestId, 'minutes.pdf'))];
    expect(minutes.map((e) => e.caseIds)).toEqual([[listed.id], [listed.id]]);
  });
});

describe('a past meeting', () => {
  it('shows an agency a case of its agenda and minutes only while the agency has a part in the case', async () => {
    const { as, meetingId, itemId, listed } = await heldMeeting();
    await saveMinutes(as.chair, { agendaItemId: itemId, version: 0, ...blank, decisions: 'Refer to IDVA' });
    await finaliseMinutes(as.coordinator, meetingId);
    const agendaCases = async (viewer: Viewer) => (await getAgenda(viewer, meetingId)).sections.flatMap((s) => s.items.map((i) => i.caseId));
    const minutesCases = async (viewer: Viewer) => (await getFinalMinutes(viewer, meetingId)).current.cases.map((c) => c.caseId);

    // Within the weeks after the meeting every agency of the area reads it.
    expect(await agendaCases(as.housingOfficer)).toEqual([listed.id]);
    expect(await minutesCases(as.housingOfficer)).toEqual([listed.id]);

    setClock(new Date(Date.now() + 30 * 86_400_000));
    try {
      const housing = await signedIn(staffUser(as.housingOfficer));
      expect(await agendaCases(housing)).toEqual([]);
      expect(await minutesCases(housing)).toEqual([]);
      await expect(getResearch(housing, itemId)).rejects.toMatchObject({ asNotFound: true });
      // Reading the research is refused, and recorded as a refused read: the agency's part in the case has ended.
      await expectAudit(housing, { action: 'research.view', outcome: 'denied', resourceType: 'agenda_item', resourceId: itemId, detail: 'not_found' });
      const events = (await auditEventsOf(housing.requestId)).filter((e) => e.action === 'minutes.view');
      expect(events.map((e) => e.caseIds)).toEqual([null]);
      // The referring agency and the coordinator still do.
      const officer = await signedIn(staffUser(as.officer));
      expect(await minutesCases(officer)).toEqual([listed.id]);
      const coordinator = await signedIn(staffUser(as.coordinator));
      expect(await agendaCases(coordinator)).toEqual([listed.id]);
    } finally {
      setClock(null);
    }
  });
});

const staffUser = (viewer: Viewer) => viewer.userId;
