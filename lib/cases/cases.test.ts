import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { actionItems, meetings } from '@/db/schema';
import { listAuditEvents } from '@/lib/audit/list';
import { AccessDenied } from '@/lib/errors';
import { buildAgenda, deferAgendaItem, getAgenda, publishAgenda } from '@/lib/meetings/agenda';
import { scheduleMeeting } from '@/lib/meetings/schedule';
import { expectAudit } from '@/test/audit';
import { makeAreaWithStaff } from '@/test/factories';
import { makeActions } from '@/test/actions';
import type { Viewer } from '@/lib/auth/viewer-type';
import { getCase } from './get';
import { listCases } from './list';
import { makeAcceptedCase } from '@/test/cases';


/** An accepted case waiting for a meeting, referred by the police officer, straight in the database. */
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const meeting = async (viewer: Viewer, days: number) =>
  (await scheduleMeeting(viewer, { date: inDays(days), time: '10:00', venue: 'Council offices', videoLink: '', chairUserId: '' })).meetingId;
const listedOn = async (viewer: Viewer, caseId: string) => (await getCase(viewer, caseId)).listedAt;
const rowOf = async (viewer: Viewer, caseId: string) => (await listCases(viewer, { page: 1, pageSize: 50, sort: 'number', direction: 'asc' })).rows.find((r) => r.id === caseId);

describe('the meeting a case is listed for', () => {
  it('is shown to those who run meetings on a draft agenda, and to every agency once the agenda is published', async () => {
    const staff = await makeAreaWithStaff();
    const { as } = staff;
    const first = await makeAcceptedCase(staff, { victim: 'Listed Person', prefix: 'L' });
    const second = await makeAcceptedCase(staff, { victim: 'Deferred Person', prefix: 'L' });
    const soon = await meeting(as.coordinator, 14);
    const later = await meeting(as.coordinator, 42);
    const [soonMeeting] = await (await getDb()).select().from(meetings).where(eq(meetings.id, soon));
    expect(await listedOn(as.coordinator, first.id)).toBeNull();

    await buildAgenda(as.coordinator, soon);
    // A draft agenda: the coordinator sees the listing; housing cannot see the case at all yet.
    expect(await listedOn(as.coordinator, first.id)).toEqual({ meetingId: soon, startsAt: soonMeeting.startsAt });
    expect(await rowOf(as.coordinator, first.id)).toMatchObject({ listedMeetingId: soon, listedMeetingStartsAt: soonMeeting.startsAt });
    await expect(getCase(as.housingOfficer, first.id)).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(as.housingOfficer, { action: 'case.view', outcome: 'denied', resourceType: 'case', resourceId: first.id, detail: 'not_found' });
    // The referrer sees its case, but not the draft agenda it is on.
    expect(await listedOn(as.officer, first.id)).toBeNull();
    expect(await rowOf(as.officer, first.id)).toMatchObject({ listedMeetingId: null, listedMeetingStartsAt: null });

    const item = (await getAgenda(as.coordinator, soon)).sections.flatMap((s) => s.items).find((i) => i.caseId === second.id)!;
    await deferAgendaItem(as.coordinator, { itemId: item.id, toMeetingId: later, reason: 'Agenda is full' });
    await publishAgenda(as.coordinator, soon);

    // Published: housing now has a part in the listed case, and sees the meeting it is listed for.
    expect(await listedOn(as.housingOfficer, first.id)).toEqual({ meetingId: soon, startsAt: soonMeeting.startsAt });
    expect(await rowOf(as.housingOfficer, first.id)).toMatchObject({ listedMeetingId: soon });
    expect(await listedOn(as.officer, first.id)).toMatchObject({ meetingId: soon });
    // A deferred case is listed for the later meeting (whose agenda is still a draft).
    expect(await listedOn(as.coordinator, second.id)).toMatchObject({ meetingId: later });
    expect(await listedOn(as.officer, second.id)).toBeNull();
  });
});

describe('cases in the audit log', () => {
  it('names a case by its number, linked for a viewer who may open it', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Audited Person', prefix: 'L' });
    await getCase(staff.as.coordinator, c.id);
    const forCoordinator = await listAuditEvents(staff.as.coordinator, { action: 'case.view' });
    expect(forCoordinator.rows[0]).toMatchObject({ caseId: c.id, caseNumber: c.number, canOpenCase: true });
    // An administrator reads the log but has no part in cases: the number, without a link.
    const forAdmin = await listAuditEvents(staff.as.admin, { action: 'case.view' });
    expect(forAdmin.rows[0]).toMatchObject({ caseNumber: c.number, canOpenCase: false });

    // A refusal names the case only as its resource; another area's log never names it.
    await expect(getCase(staff.as.housingOfficer, c.id)).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(staff.as.housingOfficer, { action: 'case.view', outcome: 'denied', resourceType: 'case', resourceId: c.id, detail: 'not_found' });
    const refused = await listAuditEvents(staff.as.coordinator, { action: 'case.view', outcome: 'denied' });
    expect(refused.rows[0]).toMatchObject({ resourceId: c.id, caseNumber: c.number });
    const elsewhere = await makeAreaWithStaff();
    await expect(getCase(elsewhere.as.coordinator, c.id)).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(elsewhere.as.coordinator, { action: 'case.view', outcome: 'denied', resourceType: 'case', resourceId: c.id, detail: 'not_found' });
    const theirs = await listAuditEvents(elsewhere.as.coordinator, { action: 'case.view', outcome: 'denied' });
    expect(theirs.rows[0]).toMatchObject({ resourceId: c.id, caseNumber: null, canOpenCase: false });
  });
});

describe('an agency that owns an action on a case', () => {
  it('may open the case while the action is to do and for 28 days after it closes, past the meeting’s window; other agencies may not', async () => {
    const staff = await makeAreaWithStaff();
    const { as } = staff;
    // Agreed at a meeting 30 days ago: past the 28 days in which every agency may open its cases.
    const [action] = await makeActions(staff, [{ agency: 'housing', due: -2, description: 'Fit extra locks' }]);
    const listed = async (viewer: Viewer) => (await listCases(viewer, { page: 1, pageSize: 50, sort: 'number', direction: 'desc' })).rows.map((r) => r.id);

    expect((await getCase(as.housingOfficer, action.caseId)).id).toBe(action.caseId);
    expect(await listed(as.housingOfficer)).toContain(action.caseId);
    await expect(getCase(as.officer, action.caseId)).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(as.officer, { action: 'case.view', outcome: 'denied', resourceType: 'case', resourceId: action.caseId, detail: 'not_found' });
    expect(await listed(as.officer)).not.toContain(action.caseId);

    const db = await getDb();
    const closed = (daysAgo: number) =>
      db.update(actionItems).set({ status: 'completed', closedAt: new Date(Date.now() - daysAgo * 86_400_000) }).where(eq(actionItems.id, action.id));
    await closed(5);
    expect((await getCase(as.housingOfficer, action.caseId)).id).toBe(action.caseId);
    await closed(29);
    await expect(getCase(as.housingOfficer, action.caseId)).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(as.housingOfficer, { action: 'case.view', outcome: 'denied', resourceType: 'case', resourceId: action.caseId, detail: 'not_found' });
    expect(await listed(as.housingOfficer)).not.toContain(action.caseId);
  });
});
