import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { cases, notifications, referrals } from '@/db/schema';
import { nextCaseNumber } from '@/lib/cases/number';
import { ConfidentialityNotConfirmed, InputRejected, StaleVersion } from '@/lib/errors';
import { auditEventsOf, makeAreaWithStaff } from '@/test/factories';
import { completeForm } from '@/test/referral-form';
import { buildAgenda, getAgenda, publishAgenda } from './agenda';
import { correctMinutes, finaliseMinutes, getFinalMinutes } from './finalise';
import { sendResearchRequests } from './research-requests';
import { addActionItem, confirmConfidentiality, getMeetingCase, getMeetingRun, recordAttendance, saveMinutes, startMeeting } from './run';
import { scheduleMeeting } from './schedule';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const blank = { informationShared: '', risksToVictim: '', risksToChildren: '', risksToOthers: '', risksToStaff: '', crimesDisclosed: '', decisions: '' };

/** A held meeting with one listed case whose referral has protected contact details. */
async function heldMeeting() {
  const staff = await makeAreaWithStaff();
  const { as } = staff;
  const db = await getDb();
  const listed = await db.transaction(async (tx) => {
    const [c] = await tx.insert(cases).values({ areaId: staff.area.id, ...(await nextCaseNumber(tx, staff.area.id, 'M')) }).returning();
    await tx.insert(referrals).values({
      areaId: staff.area.id,
      referringAgencyId: staff.agencies.police.id,
      referrerUserId: staff.users.officer.id,
      caseId: c.id,
      status: 'accepted',
      form: completeForm({ victimName: 'Minuted Person' }),
      victimName: 'Minuted Person',
      riskScore: 16,
    });
    return c;
  });
  const { meetingId } = await scheduleMeeting(as.coordinator, { date: inDays(1), time: '10:00', venue: 'Room 1', videoLink: '', chairUserId: staff.users.chair.id });
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
    await addActionItem(as.chair, { agendaItemId: itemId, description: 'Fit a panic alarm', ownerAgencyId: agencies.police.id, owner: { name: 'DC Test' }, dueOn: inDays(14) });
    await addActionItem(as.chair, { agendaItemId: itemId, description: 'Priority rehousing assessment', ownerAgencyId: agencies.housing.id, owner: { name: 'Test agency' }, dueOn: inDays(21) });
    await expect(finaliseMinutes(as.chair, meetingId)).rejects.toMatchObject({ asNotFound: false });

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
    expect(heard).toMatchObject({ awaitingMeeting: false, lastMaracOn: inDays(1) });

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
