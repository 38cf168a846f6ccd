import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { ukDateOf } from '@/db/clock';
import { actionItems, cases, meetings } from '@/db/schema';
import { nextCaseNumber } from '@/lib/cases/number';
import { listCases } from '@/lib/cases/list';
import { makeActions } from '@/test/actions';
import { makeAreaWithStaff } from '@/test/factories';
import { AGENDA_LIST_SHOWN, getAgenda } from './agenda';

describe('the agenda’s lists of items 3 and 5', () => {
  it('shows the first few actions not completed and cases reaching 12 months, says how many more, and links to the full lists', async () => {
    const staff = await makeAreaWithStaff();
    const db = await getDb();
    // The last meeting (a month ago) agreed more actions than the agenda shows; one was completed.
    const specs = Array.from({ length: AGENDA_LIST_SHOWN + 3 }, (_, i) => ({ agency: 'police' as const, due: -i, description: `Action ${i}` }));
    const actions = await makeActions(staff, [...specs, { agency: 'housing', due: -2, description: 'Done already' }]);
    await db.update(actionItems).set({ status: 'completed', closedAt: new Date() }).where(eq(actionItems.id, actions.at(-1)!.id));
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const [meeting] = await db.insert(meetings).values({ areaId: staff.area.id, startsAt, status: 'scheduled' }).returning();
    // Open cases last heard about 11½ months before the meeting, one closed and one heard 10 months before.
    const heard = (daysBefore: number) => ukDateOf(new Date(startsAt.getTime() - daysBefore * 86_400_000));
    await db.transaction(async (tx) => {
      for (let i = 0; i < AGENDA_LIST_SHOWN + 2; i++) {
        await tx.insert(cases).values({ areaId: staff.area.id, ...(await nextCaseNumber(tx, staff.area.id, 'A')), awaitingMeeting: false, lastMaracOn: heard(345 + (i % 10)) });
      }
      await tx.insert(cases).values({ areaId: staff.area.id, ...(await nextCaseNumber(tx, staff.area.id, 'A')), status: 'closed', awaitingMeeting: false, lastMaracOn: heard(350) });
      await tx.insert(cases).values({ areaId: staff.area.id, ...(await nextCaseNumber(tx, staff.area.id, 'A')), awaitingMeeting: false, lastMaracOn: heard(300) });
    });

    const agenda = await getAgenda(staff.as.coordinator, meeting.id);
    expect(agenda.incompleteActions.shown).toHaveLength(AGENDA_LIST_SHOWN);
    expect(agenda.incompleteActions.total).toBe(AGENDA_LIST_SHOWN + 3);
    expect(agenda.incompleteActions.previousMeeting?.id).toBe(actions[0].meetingId);
    expect(agenda.incompleteActions.shown.map((a) => a.description)).not.toContain('Done already');
    expect(agenda.reachingTwelveMonths.shown).toHaveLength(AGENDA_LIST_SHOWN);
    expect(agenda.reachingTwelveMonths.total).toBe(AGENDA_LIST_SHOWN + 2);
    expect(agenda.reachingTwelveMonths.day).toBe(ukDateOf(startsAt));
    // Oldest first: the cases most overdue for their review come before the cap cuts the list.
    const shownDays = agenda.reachingTwelveMonths.shown.map((c) => c.lastMaracOn);
    expect(shownDays).toEqual([...shownDays].sort());

    // The case list's filter the agenda links to counts the same cases.
    const listed = await listCases(staff.as.coordinator, { page: 1, pageSize: 100, sort: 'number', direction: 'asc', reachingTwelveMonthsOn: agenda.reachingTwelveMonths.day });
    expect(listed.total).toBe(AGENDA_LIST_SHOWN + 2);
    const listedIds = listed.rows.map((r) => r.id);
    for (const c of agenda.reachingTwelveMonths.shown) expect(listedIds).toContain(c.caseId);
  });

  it('names the last meeting when all its actions are done, and no meeting before the area’s first', async () => {
    const staff = await makeAreaWithStaff();
    const db = await getDb();
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const [first] = await db.insert(meetings).values({ areaId: staff.area.id, startsAt, status: 'scheduled' }).returning();
    expect((await getAgenda(staff.as.coordinator, first.id)).incompleteActions).toEqual({ previousMeeting: null, shown: [], total: 0 });

    const [done] = await makeActions(staff, [{ agency: 'police', due: -3, description: 'Done' }]);
    await db.update(actionItems).set({ status: 'completed', closedAt: new Date() }).where(eq(actionItems.id, done.id));
    const item3 = (await getAgenda(staff.as.coordinator, first.id)).incompleteActions;
    expect(item3).toMatchObject({ previousMeeting: { id: done.meetingId }, shown: [], total: 0 });
    expect(item3.previousMeeting?.startsAt).toBeInstanceOf(Date);
  });
});
