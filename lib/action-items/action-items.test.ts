import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { actionItems, actionTallies, meetings, openActionTotals } from '@/db/schema';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import { day, makeActions } from '@/test/actions';
import { expectAudit } from '@/test/audit';
import { auditEventsFor, auditEventsOf, makeAreaWithStaff } from '@/test/factories';
import { listActionItems } from './list';
import { actionBoardQuerySchema } from './schemas';
import { actionStatsByAgency, actionStatsFrom } from './stats';
import { isOpen, isOverdue } from './status';
import { todayInUk, ukDateOf } from '@/db/clock';
import { getActionItem, reassignActionItem, updateActionItem } from './work';
import { withoutAccount } from '@/lib/action-items/labels';

const query = (q: Record<string, string> = {}) => actionBoardQuerySchema.parse(q);

describe('action boards', () => {
  it('shows an agency its own actions and the coordinator all of them, filtered and counted in SQL', async () => {
    const staff = await makeAreaWithStaff();
    const { as } = staff;
    await makeActions(staff, [
      { agency: 'police', due: -3, description: 'Late police action' },
      { agency: 'police', due: 10, description: 'Police action' },
      { agency: 'housing', due: 5, description: 'Housing action' },
    ]);
    const mine = await listActionItems(as.officer, 'mine', query());
    expect(mine.rows.map((r) => [r.description, r.overdue])).toEqual([
      ['Late police action', true],
      ['Police action', false],
    ]);
    expect((await listActionItems(as.coordinator, 'all', query())).total).toBe(3);
    expect((await listActionItems(as.coordinator, 'all', query({ overdue: 'yes' }))).rows.map((r) => r.description)).toEqual(['Late police action']);
    expect((await listActionItems(as.coordinator, 'all', query({ agency: staff.agencies.housing.id }))).rows.map((r) => r.description)).toEqual(['Housing action']);
    expect((await listActionItems(as.coordinator, 'all', query({ sort: 'due', dir: 'desc' }))).rows[0].description).toBe('Police action');
    await expect(listActionItems(as.officer, 'all', query())).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(as.officer, { action: 'action_item.list_all', outcome: 'denied', resourceType: 'action_item', resourceId: null, detail: 'not_permitted' });
  });
});

describe('working an action', () => {
  it('moves through in progress to completed with dated notes, kept in the history and the audit log', async () => {
    const staff = await makeAreaWithStaff();
    const [action] = await makeActions(staff, [{ agency: 'police', due: 7, description: 'Fit a panic alarm' }]);
    const { version } = await updateActionItem(staff.as.officer, { actionItemId: action.id, version: 1, status: 'in_progress', note: 'Booked with the installer' });
    await updateActionItem(staff.as.officer, { actionItemId: action.id, version, status: 'completed', note: 'Alarm fitted and tested' });
    const detail = await getActionItem(staff.as.officer, action.id);
    expect(detail.status).toBe('completed');
    expect(detail.closedAt).not.toBeNull();
    expect(detail.history.map((h) => [h.from, h.to, h.note])).toEqual([
      ['open', 'in_progress', 'Booked with the installer'],
      ['in_progress', 'completed', 'Alarm fitted and tested'],
    ]);
    expect((await auditEventsFor(action.id)).map((e) => e.action)).toEqual(['action_item.update', 'action_item.update', 'action_item.view']);
  });

  it('keeps a completed action completed; one closed as not done may be taken up again', async () => {
    const staff = await makeAreaWithStaff();
    const [done, missed] = await makeActions(staff, [
      { agency: 'police', due: 7, description: 'Done once' },
      { agency: 'police', due: 7, description: 'Missed once' },
    ]);
    const { version } = await updateActionItem(staff.as.officer, { actionItemId: done.id, version: 1, status: 'completed', note: 'Alarm fitted' });
    for (const status of ['open', 'in_progress', 'not_done', 'completed'] as const) {
      await expect(updateActionItem(staff.as.coordinator, { actionItemId: done.id, version, status, note: 'Reopen' })).rejects.toMatchObject({
        fieldErrors: { status: 'This action is completed and cannot be changed' },
      });
    }
    const detail = await getActionItem(staff.as.officer, done.id);
    expect([detail.status, detail.version, detail.history.length, detail.canUpdate]).toEqual(['completed', version, 1, false]);

    const closed = await updateActionItem(staff.as.coordinator, { actionItemId: missed.id, version: 1, status: 'not_done', note: 'Not done by the date' });
    await expect(updateActionItem(staff.as.officer, { actionItemId: missed.id, version: closed.version, status: 'not_possible', note: 'Changed' })).rejects.toBeInstanceOf(InputRejected);
    await updateActionItem(staff.as.officer, { actionItemId: missed.id, version: closed.version, status: 'in_progress', note: 'Taken up again' });
    const reopened = await getActionItem(staff.as.officer, missed.id);
    expect([reopened.status, reopened.closedAt]).toEqual(['in_progress', null]);
  });

  it('lets one of two updates at the same version win; the other is told', async () => {
    const staff = await makeAreaWithStaff();
    const [action] = await makeActions(staff, [{ agency: 'police', due: 7, description: 'Contested' }]);
    const results = await Promise.allSettled([
      updateActionItem(staff.as.officer, { actionItemId: action.id, version: 1, status: 'in_progress', note: 'First' }),
      updateActionItem(staff.as.coordinator, { actionItemId: action.id, version: 1, status: 'not_possible', note: 'Second' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(StaleVersion);
    expect((await getActionItem(staff.as.coordinator, action.id)).history).toHaveLength(1);
  });

  it('reassigns within the agency, or to another agency by the coordinator only, with the history', async () => {
    const staff = await makeAreaWithStaff();
    const [action] = await makeActions(staff, [{ agency: 'police', due: 7, description: 'Reassigned' }]);
    const { version } = await reassignActionItem(staff.as.officer, { actionItemId: action.id, version: 1, ownerUserId: withoutAccount, ownerName: 'PC Other', ownerAgencyId: staff.agencies.police.id, note: 'On leave' });
    await expect(
      reassignActionItem(staff.as.officer, { actionItemId: action.id, version, ownerUserId: withoutAccount, ownerName: 'Someone', ownerAgencyId: staff.agencies.housing.id, note: 'Not ours' }),
    ).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(staff.as.officer, { action: 'action_item.reassign', outcome: 'denied', resourceType: 'action_item', resourceId: action.id, detail: 'not_permitted' });
    await reassignActionItem(staff.as.coordinator, { actionItemId: action.id, version, ownerUserId: withoutAccount, ownerName: 'Housing Officer', ownerAgencyId: staff.agencies.housing.id, note: 'Housing lead' });
    const detail = await getActionItem(staff.as.housingOfficer, action.id);
    expect(detail).toMatchObject({ agencyName: staff.agencies.housing.name, ownerName: 'Housing Officer', ownerUserId: null });
    expect(detail.history.map((h) => [h.previousOwnerName, h.previousAgencyName, h.newOwnerName, h.newAgencyName])).toEqual([
      ['Named Person', staff.agencies.police.name, 'PC Other', staff.agencies.police.name],
      ['PC Other', staff.agencies.police.name, 'Housing Officer', staff.agencies.housing.name],
    ]);
    // The police no longer own it: they cannot open it.
    await expect(getActionItem(staff.as.officer, action.id)).rejects.toMatchObject({ asNotFound: true });
    await expectAudit(staff.as.officer, { action: 'action_item.view', outcome: 'denied', resourceType: 'action_item', resourceId: action.id, detail: 'not_found' });
  });

  it('answers "not found" to another agency', async () => {
    const staff = await makeAreaWithStaff();
    const [action] = await makeActions(staff, [{ agency: 'police', due: 7, description: 'Police only' }]);
    await expect(getActionItem(staff.as.housingOfficer, action.id)).rejects.toMatchObject({ asNotFound: true });
    await expect(updateActionItem(staff.as.housingOfficer, { actionItemId: action.id, version: 1, status: 'completed', note: 'x' })).rejects.toMatchObject({ asNotFound: true });
    for (const denied of ['action_item.view', 'action_item.update']) {
      await expectAudit(staff.as.housingOfficer, { action: denied, outcome: 'denied', resourceType: 'action_item', resourceId: action.id, detail: 'not_found' });
    }
  });
});

describe('follow-up counts', () => {
  it('counts per agency: open, overdue, completed on time, completed late, not done', async () => {
    const staff = await makeAreaWithStaff();
    const [onTime, late, overdue, , notDone] = await makeActions(staff, [
      { agency: 'police', due: 5, description: 'on time' },
      { agency: 'police', due: -5, description: 'late' },
      { agency: 'police', due: -1, description: 'overdue' },
      { agency: 'police', due: 9, description: 'open' },
      { agency: 'housing', due: 3, description: 'not done' },
    ]);
    await updateActionItem(staff.as.officer, { actionItemId: onTime.id, version: 1, status: 'completed', note: 'Done' });
    await updateActionItem(staff.as.officer, { actionItemId: late.id, version: 1, status: 'completed', note: 'Done late' });
    await updateActionItem(staff.as.coordinator, { actionItemId: notDone.id, version: 1, status: 'not_done', note: 'Not done' });
    const db = await getDb();
    const stats = await db.transaction((tx) => actionStatsByAgency(tx, staff.area.id));
    const police = stats.find((s) => s.agencyId === staff.agencies.police.id)!;
    const housing = stats.find((s) => s.agencyId === staff.agencies.housing.id)!;
    expect(police).toMatchObject({ open: 2, overdue: 1, completedOnTime: 1, completedLate: 1, notDone: 0 });
    expect(housing).toMatchObject({ open: 0, overdue: 0, notDone: 1 });
    // The overdue one is still open: counted as open and overdue, not as done.
    const [stillOpen] = await db.select().from(actionItems).where(eq(actionItems.id, overdue.id));
    expect(stillOpen).toMatchObject({ status: 'open', closedAt: null });
    const [row] = await db.select().from(actionItems).where(eq(actionItems.id, late.id));
    expect(row.closedAt).not.toBeNull();
  });
});

describe('follow-up counts over a period', () => {
  it('counts actions due in the last 12 months and every open one, as a recount over the period does', async () => {
    const staff = await makeAreaWithStaff();
    const made = await makeActions(staff, [
      { agency: 'police', due: -400, description: 'old, completed' },
      { agency: 'police', due: -380, description: 'old, not done' },
      { agency: 'police', due: -500, description: 'old, still open' },
      { agency: 'police', due: -30, description: 'recent, completed late' },
      { agency: 'police', due: -20, description: 'recent, completed on time' },
      { agency: 'housing', due: 4, description: 'recent, open' },
    ]);
    const db = await getDb();
    const closeOn = async (i: number, status: 'completed' | 'not_done', closedAt: Date) => db.update(actionItems).set({ status, closedAt }).where(eq(actionItems.id, made[i].id));
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
    await closeOn(0, 'completed', daysAgo(401));
    await closeOn(1, 'not_done', daysAgo(370));
    await closeOn(3, 'completed', daysAgo(2));
    await closeOn(4, 'completed', daysAgo(21));

    const stats = await db.transaction((tx) => actionStatsByAgency(tx, staff.area.id));
    const police = stats.find((s) => s.agencyId === staff.agencies.police.id)!;
    // The old completed and not-done actions are outside the period; the old open one is still counted.
    expect(police).toMatchObject({ open: 1, overdue: 1, completedOnTime: 1, completedLate: 1, notDone: 0 });
    expect(stats.find((s) => s.agencyId === staff.agencies.housing.id)).toMatchObject({ open: 1, overdue: 0, completedOnTime: 0, completedLate: 0, notDone: 0 });

    // A recount of the same period in code, closing dates taken in UK time.
    const today = todayInUk();
    const from = actionStatsFrom(today);
    const all = await db.select().from(actionItems).where(eq(actionItems.areaId, staff.area.id));
    const counted = all.filter((a) => isOpen(a.status) || a.dueOn >= from);
    const recount = stats.map((s) => {
      const mine = counted.filter((a) => a.ownerAgencyId === s.agencyId);
      const completed = mine.filter((a) => a.status === 'completed');
      return {
        ...s,
        open: mine.filter((a) => isOpen(a.status)).length,
        overdue: mine.filter((a) => isOverdue(a, today)).length,
        completedOnTime: completed.filter((a) => ukDateOf(a.closedAt!) <= a.dueOn).length,
        completedLate: completed.filter((a) => ukDateOf(a.closedAt!) > a.dueOn).length,
        notDone: mine.filter((a) => a.status === 'not_done').length,
      };
    });
    expect(stats).toEqual(recount);
    expect([actionStatsFrom('2026-05-19'), actionStatsFrom('2028-02-29')]).toEqual(['2025-05-19', '2027-03-01']);
  });

  it('keeps the actions’ tallies equal to a recount through every change, and a rolled-back change leaves them alone', async () => {
    const staff = await makeAreaWithStaff();
    const db = await getDb();
    const made = await makeActions(staff, [
      { agency: 'police', due: -5, description: 'late' },
      { agency: 'police', due: -5, description: 'late too' },
      { agency: 'police', due: 3, description: 'soon' },
      { agency: 'housing', due: 9, description: 'later' },
    ]);
    const name = (agencyId: string) => (agencyId === staff.agencies.police.id ? 'police' : 'housing');
    const tallies = async () =>
      (await db.select().from(actionTallies).where(eq(actionTallies.areaId, staff.area.id))).map((r) => `${r.outcome} ${name(r.ownerAgencyId)} ${r.dueOn} ${r.count}`).sort();
    // The same tallies counted from the actions themselves, in code.
    const recount = async () => {
      const counts = new Map<string, number>();
      for (const a of await db.select().from(actionItems).where(eq(actionItems.areaId, staff.area.id))) {
        const outcome = isOpen(a.status)
          ? 'open'
          : a.status === 'completed' && a.closedOn
            ? a.closedOn <= a.dueOn ? 'completed_on_time' : 'completed_late'
            : a.status === 'not_done' ? 'not_done' : null;
        if (!outcome) continue;
        const k = `${outcome} ${name(a.ownerAgencyId)} ${a.dueOn}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return [...counts].map(([k, n]) => `${k} ${n}`).sort();
    };
    // Each agency's open actions in all, as kept, and as the open tallies add up.
    const openTotals = async () =>
      (await db.select().from(openActionTotals).where(eq(openActionTotals.areaId, staff.area.id))).filter((r) => r.count > 0).map((r) => `${name(r.ownerAgencyId)} ${r.count}`).sort();
    const openFrom = (expected: string[]) => {
      const byAgency = new Map<string, number>();
      for (const line of expected.filter((l) => l.startsWith('open '))) {
        const [, agency, , n] = line.split(' ');
        byAgency.set(agency, (byAgency.get(agency) ?? 0) + Number(n));
      }
      return [...byAgency].map(([agency, n]) => `${agency} ${n}`).sort();
    };
    const agree = async (expected: string[]) => {
      expect(await tallies()).toEqual([...expected].sort());
      expect(await recount()).toEqual([...expected].sort());
      expect(await openTotals()).toEqual(openFrom(expected));
    };
    await agree([`open police ${day(-5)} 2`, `open police ${day(3)} 1`, `open housing ${day(9)} 1`]);

    // Started (still open), completed late, reassigned to another agency, moved to another day, reopened.
    await updateActionItem(staff.as.officer, { actionItemId: made[0].id, version: 1, status: 'in_progress', note: 'Started' });
    await agree([`open police ${day(-5)} 2`, `open police ${day(3)} 1`, `open housing ${day(9)} 1`]);
    await updateActionItem(staff.as.officer, { actionItemId: made[0].id, version: 2, status: 'completed', note: 'Done' });
    await agree([`completed_late police ${day(-5)} 1`, `open police ${day(-5)} 1`, `open police ${day(3)} 1`, `open housing ${day(9)} 1`]);
    await updateActionItem(staff.as.officer, { actionItemId: made[2].id, version: 1, status: 'completed', note: 'Done early' });
    await agree([`completed_late police ${day(-5)} 1`, `open police ${day(-5)} 1`, `completed_on_time police ${day(3)} 1`, `open housing ${day(9)} 1`]);
    await reassignActionItem(staff.as.coordinator, { actionItemId: made[3].id, version: 1, ownerUserId: withoutAccount, ownerName: 'Someone', ownerAgencyId: staff.agencies.police.id, note: 'Ours' });
    await db.update(actionItems).set({ dueOn: day(-5) }).where(eq(actionItems.id, made[3].id));
    await agree([`completed_late police ${day(-5)} 1`, `open police ${day(-5)} 2`, `completed_on_time police ${day(3)} 1`]);
    await updateActionItem(staff.as.coordinator, { actionItemId: made[1].id, version: 1, status: 'not_done', note: 'Not done' });
    await db.update(actionItems).set({ status: 'open', closedAt: null }).where(eq(actionItems.id, made[0].id));
    await agree([`open police ${day(-5)} 2`, `not_done police ${day(-5)} 1`, `completed_on_time police ${day(3)} 1`]);

    // A change that rolls back takes its tally with it.
    await expect(
      db.transaction(async (tx) => {
        await tx.update(actionItems).set({ status: 'not_possible' }).where(eq(actionItems.id, made[0].id));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await agree([`open police ${day(-5)} 2`, `not_done police ${day(-5)} 1`, `completed_on_time police ${day(3)} 1`]);

    // The home page's figures are these tallies.
    const stats = await db.transaction((tx) => actionStatsByAgency(tx, staff.area.id));
    expect(stats.find((s) => s.agencyId === staff.agencies.police.id)).toMatchObject({ open: 2, overdue: 2, completedOnTime: 1, completedLate: 0, notDone: 1 });
    expect(stats.find((s) => s.agencyId === staff.agencies.housing.id)).toMatchObject({ open: 0, overdue: 0, completedOnTime: 0, completedLate: 0, notDone: 0 });
  });
});

describe('the escalation list', () => {
  it('lists an agency’s actions not done at two meetings in a row, and not one-off misses', async () => {
    const staff = await makeAreaWithStaff();
    const db = await getDb();
    const [first] = await makeActions(staff, [{ agency: 'police', due: -20, description: 'Missed at the first meeting' }]);
    const [second] = await makeActions(staff, [{ agency: 'police', due: -10, description: 'Missed at the second meeting' }]);
    const [housingOnce] = await makeActions(staff, [{ agency: 'housing', due: -10, description: 'Missed once by housing' }]);
    // Each helper call made its own meeting, 30 days ago; spread them out in time.
    for (const [action, daysAgo] of [[first, 60], [second, 30], [housingOnce, 45]] as const) {
      await db.update(meetings).set({ startsAt: new Date(Date.now() - daysAgo * 86_400_000) }).where(eq(meetings.id, action.meetingId));
      await db.update(actionItems).set({ status: 'not_done' }).where(eq(actionItems.id, action.id));
    }
    const { listEscalations, escalationCsv } = await import('./escalation');
    const rows = await listEscalations(staff.as.coordinator, 'export');
    // In meeting order: police (60 days ago), housing (45), police (30): the police misses are not in a row.
    expect(rows).toEqual([]);
    await db.update(meetings).set({ startsAt: new Date(Date.now() - 90 * 86_400_000) }).where(eq(meetings.id, housingOnce.meetingId));
    const escalated = await listEscalations(staff.as.coordinator, 'export');
    expect(escalated.map((r) => r.description)).toEqual(['Missed at the first meeting', 'Missed at the second meeting']);
    const csv = escalationCsv(escalated);
    expect(csv.split('\r\n')[0]).toBe('"Agency","Case","Action","Owner","Due","Agreed at the MARAC of"');
    expect(csv).toContain('"Missed at the second meeting"');
    expect(escalationCsv([{ ...escalated[0], description: '=HYPERLINK("x")' }])).toContain(`"'=HYPERLINK(""x"")"`);
    expect((await auditEventsOf(staff.as.coordinator.requestId)).map((e) => e.action)).toContain('action_item.escalation_export');
    await expect(listEscalations(staff.as.officer)).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(staff.as.officer, { action: 'action_item.list_all', outcome: 'denied', resourceType: 'action_item', resourceId: null, detail: 'not_permitted' });
  });
});
