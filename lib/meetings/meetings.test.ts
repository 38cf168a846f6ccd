import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { referrals } from '@/db/schema';
import { getCase } from '@/lib/cases/get';
import { listCases } from '@/lib/cases/list';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import { expectAudit } from '@/test/audit';
import { auditEventsOf, makeAreaWithStaff } from '@/test/factories';
import { completeForm } from '@/test/referral-form';
import type { Viewer } from '@/lib/auth/viewer-type';
import { eq } from 'drizzle-orm';
import { agendaItems } from '@/db/schema';
import { todayInUk } from '@/db/clock';
import { addCaseToAgenda, buildAgenda, deferAgendaItem, getAgenda, moveAgendaItem, publishAgenda } from './agenda';
import { finaliseMinutes, getFinalMinutes } from './finalise';
import { confirmConfidentiality, getMeetingCase, getMeetingRun, startMeeting } from './run';
import { listMeetings } from './list';
import { getResearch, saveResearch } from './research';
import { scheduleMeeting, updateMeetingSettings } from './schedule';
import { makeAcceptedCase } from '@/test/cases';


/** An accepted case straight in the database, referred by the police officer. */
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function meeting(viewer: Viewer, days: number) {
  return (await scheduleMeeting(viewer, { date: inDays(days), time: '10:00', venue: 'Council offices, room 2', videoLink: '', chairUserId: '' })).meetingId;
}

describe('scheduling and the agenda', () => {
  it('builds the agenda children first, then adults, highest risk first, with capacity from the area settings', async () => {
    const staff = await makeAreaWithStaff();
    const { as } = staff;
    await makeAcceptedCase(staff, { victim: 'Adult High', score: 19 });
    await makeAcceptedCase(staff, { victim: 'Child Low', score: 8, children: 1 });
    await makeAcceptedCase(staff, { victim: 'Child High', score: 16, children: 2, repeat: true });
    await makeAcceptedCase(staff, { victim: 'Already Heard', score: 20, awaiting: false });
    await updateMeetingSettings(as.coordinator, { casesPerMeeting: '2', minutesPerCase: '15' });
    const id = await meeting(as.coordinator, 14);

    expect(await buildAgenda(as.coordinator, id)).toEqual({ added: 3 });
    const agenda = await getAgenda(as.coordinator, id);
    expect(agenda.sections.map((s) => [s.section, s.items.map((i) => i.victimName)])).toEqual([
      ['children', ['Child High', 'Child Low']],
      ['adults', ['Adult High']],
    ]);
    expect(agenda.sections[0].items[0].repeat).toBe(true);
    expect(agenda.capacity).toEqual({ cases: 3, limit: 2, over: true, expectedMinutes: 45 });
    // Building again adds nothing: the cases are already listed.
    expect(await buildAgenda(as.coordinator, id)).toEqual({ added: 0 });
  });

  it('reorders within a section, defers to a later meeting with a reason, and adds a case by hand', async () => {
    const staff = await makeAreaWithStaff();
    const { as } = staff;
    await makeAcceptedCase(staff, { victim: 'First', score: 18 });
    await makeAcceptedCase(staff, { victim: 'Second', score: 12 });
    const heard = await makeAcceptedCase(staff, { victim: 'Heard Before', score: 10, awaiting: false });
    const soon = await meeting(as.coordinator, 7);
    const later = await meeting(as.coordinator, 35);
    await buildAgenda(as.coordinator, soon);
    const [first, second] = (await getAgenda(as.coordinator, soon)).sections[1].items;

    await moveAgendaItem(as.coordinator, { itemId: second.id, direction: 'up' });
    expect((await getAgenda(as.coordinator, soon)).sections[1].items.map((i) => i.victimName)).toEqual(['Second', 'First']);

    await expect(deferAgendaItem(as.coordinator, { itemId: first.id, toMeetingId: soon, reason: 'x' })).rejects.toBeInstanceOf(InputRejected);
    await deferAgendaItem(as.coordinator, { itemId: first.id, toMeetingId: later, reason: 'Police need more time to research' });
    const after = await getAgenda(as.coordinator, soon);
    expect(after.sections[1].items.map((i) => i.victimName)).toEqual(['Second']);
    expect(after.deferred).toEqual([expect.objectContaining({ victimName: 'First', reason: 'Police need more time to research' })]);
    expect((await getAgenda(as.coordinator, later)).sections[1].items.map((i) => i.victimName)).toEqual(['First']);

    await addCaseToAgenda(as.coordinator, { meetingId: soon, caseId: heard.id });
    expect((await getAgenda(as.coordinator, soon)).sections[1].items.map((i) => i.victimName)).toEqual(['Second', 'Heard Before']);
    await expect(addCaseToAgenda(as.coordinator, { meetingId: soon, caseId: heard.id })).rejects.toBeInstanceOf(InputRejected);
    const actions = (await auditEventsOf(as.coordinator.requestId)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['meeting.schedule', 'agenda.build', 'agenda.reorder', 'agenda.defer', 'agenda.add_case']));
  });

  it('refuses agencies and chairs the coordinator’s work', async () => {
    const { as } = await makeAreaWithStaff();
    await expect(scheduleMeeting(as.officer, { date: inDays(3), time: '10:00', venue: 'x', videoLink: '', chairUserId: '' })).rejects.toBeInstanceOf(AccessDenied);
    const id = await meeting(as.coordinator, 3);
    await expect(buildAgenda(as.chair, id)).rejects.toBeInstanceOf(AccessDenied);
    await expect(updateMeetingSettings(as.officer, { casesPerMeeting: '1', minutesPerCase: '5' })).rejects.toBeInstanceOf(AccessDenied);
    const refused = { outcome: 'denied', detail: 'not_permitted' } as const;
    await expectAudit(as.officer, { ...refused, action: 'meeting.schedule', resourceType: 'meeting', resourceId: null });
    await expectAudit(as.chair, { ...refused, action: 'agenda.edit', resourceType: 'meeting', resourceId: id });
    await expectAudit(as.officer, { ...refused, action: 'area.meeting_settings', resourceType: 'area', resourceId: as.officer.areaId });
  });
});

describe('publishing and research', () => {
  it('opens the listed cases to every agency of the area once published, and never to another area', async () => {
    const staff = await makeAreaWithStaff();
    const { as } = staff;
    const listed = await makeAcceptedCase(staff, { victim: 'Listed Person', score: 15 });
    const id = await meeting(as.coordinator, 10);
    await buildAgenda(as.coordinator, id);

    // Before publishing: housing cannot see the agenda, the research or the case.
    await expect(getAgenda(as.housingOfficer, id)).rejects.toMatchObject({ asNotFound: true });
    await expect(getCase(as.housingOfficer, listed.id)).rejects.toMatchObject({ asNotFound: true });
    await expectAudit(as.housingOfficer, { action: 'agenda.view', outcome: 'denied', resourceType: 'meeting', resourceId: id, detail: 'not_found' });
    await expectAudit(as.housingOfficer, { action: 'case.view', outcome: 'denied', resourceType: 'case', resourceId: listed.id, detail: 'not_found' });
    expect((await listMeetings(as.housingOfficer)).upcoming).toHaveLength(0);

    await publishAgenda(as.coordinator, id);
    const agenda = await getAgenda(as.housingOfficer, id);
    expect(agenda.sections[1].items.map((i) => i.victimName)).toEqual(['Listed Person']);
    await expect(getCase(as.housingOfficer, listed.id)).resolves.toMatchObject({ id: listed.id });
    expect((await listCases(as.housingOfficer, { page: 1, pageSize: 10, sort: 'number', direction: 'asc' })).total).toBe(1);

    const elsewhere = await makeAreaWithStaff();
    await expect(getAgenda(elsewhere.as.coordinator, id)).rejects.toMatchObject({ asNotFound: true });
    await expect(getAgenda(elsewhere.as.officer, id)).rejects.toMatchObject({ asNotFound: true });
    await expect(getCase(elsewhere.as.officer, listed.id)).rejects.toMatchObject({ asNotFound: true });
    const hidden = (action: string, resourceType: string, resourceId: string) => ({ action, outcome: 'denied', resourceType, resourceId, detail: 'not_found' }) as const;
    await expectAudit(elsewhere.as.coordinator, hidden('agenda.view', 'meeting', id));
    await expectAudit(elsewhere.as.officer, hidden('agenda.view', 'meeting', id));
    await expectAudit(elsewhere.as.officer, hidden('case.view', 'case', listed.id));
  });

  it('records research per agency, “no trace” included; the coordinator sees who has and has not researched', async () => {
    const staff = await makeAreaWithStaff();
    const { as, agencies } = staff;
    await makeAcceptedCase(staff, { victim: 'Researched Person', score: 15 });
    const id = await meeting(as.coordinator, 10);
    await buildAgenda(as.coordinator, id);
    const itemId = (await getAgenda(as.coordinator, id)).sections[1].items[0].id;
    const noText = { facts: '', opinion: '', risks: '', withheld: '' };

    await expect(saveResearch(as.housingOfficer, { agendaItemId: itemId, version: 0, noTrace: 'yes', ...noText })).rejects.toMatchObject({ asNotFound: true });
    await expectAudit(as.housingOfficer, { action: 'research.record', outcome: 'denied', resourceType: 'meeting', resourceId: id, detail: 'not_found' });
    await publishAgenda(as.coordinator, id);

    await saveResearch(as.housingOfficer, { agendaItemId: itemId, version: 0, noTrace: 'yes', ...noText });
    await saveResearch(as.officer, {
      agendaItemId: itemId,
      version: 0,
      noTrace: 'no',
      facts: 'Three call-outs since June',
      opinion: 'Escalating',
      risks: 'Weapons at the address',
      withheld: 'An ongoing investigation: details to the chair only',
    });
    await expect(saveResearch(as.officer, { agendaItemId: itemId, version: 0, noTrace: 'no', ...noText, facts: 'A stale copy' })).rejects.toBeInstanceOf(StaleVersion);

    const states = Object.fromEntries((await getAgenda(as.coordinator, id)).sections[1].items[0].research.map((r) => [r.agencyId, r.state]));
    // The partnership that only coordinates the MARAC is not asked to research, so it is not counted.
    expect(states).toEqual({ [agencies.police.id]: 'recorded', [agencies.housing.id]: 'no_trace' });
    expect((await getAgenda(as.housingOfficer, id)).sections[1].items[0].mine).toBe('no_trace');
    const all = (await getResearch(as.chair, itemId)).all!;
    expect(all.map((r) => [r.agencyName, r.noTrace, r.facts])).toEqual(
      expect.arrayContaining([
        [agencies.police.name, false, 'Three call-outs since June'],
        [agencies.housing.name, true, null],
      ]),
    );
    expect((await getResearch(as.housingOfficer, itemId)).all).toBeNull();
  });
});


describe('one definition of “has children”', () => {
  it('lists a case with children first on every agenda, coming or past, whatever section it had when listed', async () => {
    const staff = await makeAreaWithStaff();
    const { as } = staff;
    const adult = await makeAcceptedCase(staff, { victim: 'Adult Only', score: 19 });
    const later = await makeAcceptedCase(staff, { victim: 'Children Later', score: 9 });
    const id = (await scheduleMeeting(as.coordinator, { date: todayInUk(), time: '10:00', venue: 'Room 1', videoLink: '', chairUserId: '' })).meetingId;
    await buildAgenda(as.coordinator, id);
    expect((await getAgenda(as.coordinator, id)).sections[1].items.map((i) => i.victimName)).toEqual(['Adult Only', 'Children Later']);

    // A second referral, accepted onto the case after it was listed, counts two children in the household.
    const db = await getDb();
    await db.insert(referrals).values({
      areaId: staff.area.id,
      referringAgencyId: staff.agencies.police.id,
      referrerUserId: staff.users.officer.id,
      caseId: later.id,
      status: 'accepted',
      form: completeForm({ victimName: 'Children Later', children: 2 }),
      victimName: 'Children Later',
      riskScore: 9,
      childrenInHousehold: 2,
    });
    const [stored] = await db.select().from(agendaItems).where(eq(agendaItems.caseId, later.id));
    const shown = async () => (await getAgenda(as.coordinator, id)).sections.map((s) => [s.section, s.items.map((i) => [i.victimName, i.children])]);
    const expected = [
      ['children', [['Children Later', 2]]],
      ['adults', [['Adult Only', 0]]],
    ];
    expect(await shown()).toEqual(expected);
    // Moving is within the section the case is in now: the only case with children has no neighbour.
    await moveAgendaItem(as.coordinator, { itemId: stored.id, direction: 'up' });
    expect(await shown()).toEqual(expected);

    await publishAgenda(as.coordinator, id);
    await startMeeting(as.coordinator, id);
    await confirmConfidentiality(as.coordinator, id);
    expect((await getMeetingRun(as.coordinator, id)).items.map((i) => [i.caseNumber, i.section])).toEqual([
      [later.number, 'children'],
      [adult.number, 'adults'],
    ]);
    expect((await getMeetingCase(as.coordinator, stored.id)).children).toBe(2);

    await finaliseMinutes(as.coordinator, id);
    expect(await shown()).toEqual(expected);
    expect((await getFinalMinutes(as.coordinator, id)).current.cases.map((c) => [c.caseNumber, c.section])).toEqual([
      [later.number, 'children'],
      [adult.number, 'adults'],
    ]);
  });
});
