import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { actionItems, actionItemUpdates, actionReminders, notifications, users } from '@/db/schema';
import { getActionPlan } from '@/lib/cases/action-plan';
import { AccessDenied, InputRejected } from '@/lib/errors';
import { makeActions } from '@/test/actions';
import { expectAudit } from '@/test/audit';
import { auditEventsOf, makeAgency, makeArea, makeAreaWithStaff, makeUser, signedIn } from '@/test/factories';
import { listActionItems } from './list';
import { listOwnerChoices } from './owner';
import { sendActionReminders } from './reminders';
import { actionBoardQuerySchema, reassignActionSchema } from './schemas';
import { withoutAccount } from './labels';
import { getActionItem, reassignActionItem } from './work';

const query = (q: Record<string, string> = {}) => actionBoardQuerySchema.parse(q);

/** The demo-like area, with a second police officer, a disabled one, a police administrator and an IG lead. */
async function staffWithPeople() {
  const staff = await makeAreaWithStaff();
  const police = staff.agencies.police.id;
  const [secondOfficer, disabled, policeAdmin] = [
    await makeUser(police, 'agency', { name: 'PC Second Officer' }),
    await makeUser(police, 'agency', { name: 'PC Gone', active: false }),
    await makeUser(police, 'admin', { name: 'Police Administrator' }),
  ];
  await makeUser(staff.agencies.csp.id, 'ig_lead', { name: 'Information Lead' });
  const elsewhere = await makeUser((await makeAgency((await makeArea()).id)).id, 'agency', { name: 'Other Area Officer' });
  return { ...staff, people: { secondOfficer, disabled, policeAdmin, elsewhere } };
}

async function notificationsAbout(actionItemId: string) {
  const db = await getDb();
  return db.select({ userId: notifications.userId, kind: notifications.kind }).from(notifications).where(eq(notifications.actionItemId, actionItemId));
}

describe('choosing an action’s owner', () => {
  it('lists each agency’s enabled people by name, never an administrator or an information-governance lead: every agency for the coordinator and chair, one’s own for anyone else', async () => {
    const staff = await staffWithPeople();
    const { as, agencies } = staff;
    const all = await listOwnerChoices(as.chair);
    expect(all.map((a) => [a.agencyName, a.people.map((p) => p.name)])).toEqual(
      [
        [agencies.csp.name, ['Test coordinator']],
        [agencies.housing.name, ['Test agency']],
        [agencies.police.name, ['PC Second Officer', 'Test agency', 'Test chair']],
      ].sort((a, b) => (a[0] as string).localeCompare(b[0] as string)),
    );
    expect((await listOwnerChoices(as.coordinator)).length).toBe(3);
    const own = await listOwnerChoices(as.officer, { agencyId: agencies.police.id });
    expect(own.map((a) => a.agencyName)).toEqual([agencies.police.name]);
    await expect(listOwnerChoices(as.officer)).rejects.toBeInstanceOf(AccessDenied);
    await expect(listOwnerChoices(as.officer, { agencyId: agencies.housing.id })).rejects.toBeInstanceOf(AccessDenied);
    await expect(listOwnerChoices(as.admin)).rejects.toBeInstanceOf(AccessDenied);
    expect((await auditEventsOf(as.officer.requestId)).map((e) => [e.action, e.outcome])).toEqual([
      ['action_item.owner_choices', 'allowed'],
      ['action_item.reassign', 'denied'],
      ['action_item.update', 'denied'],
    ]);
    await expectAudit(as.officer, { action: 'action_item.reassign', outcome: 'denied', resourceType: 'agency', resourceId: null, detail: 'not_permitted' });
    await expectAudit(as.officer, { action: 'action_item.update', outcome: 'denied', resourceType: 'agency', resourceId: agencies.housing.id, detail: 'not_permitted' });
    await expectAudit(as.admin, { action: 'action_item.reassign', outcome: 'denied', resourceType: 'agency', resourceId: null, detail: 'not_permitted' });
  });

  it('asks for a person, and for the name of someone without an account, before anything is sent', () => {
    const base = { actionItemId: crypto.randomUUID(), version: '1', ownerAgencyId: crypto.randomUUID(), note: 'On leave' };
    const errorsOf = (v: object) => reassignActionSchema.safeParse({ ...base, ...v }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(errorsOf({ ownerUserId: '' })).toEqual([['ownerUserId', 'Select the person who will do it']]);
    expect(errorsOf({ ownerUserId: "1' or '1'='1" })).toEqual([['ownerUserId', 'Select the person who will do it']]);
    expect(errorsOf({ ownerUserId: withoutAccount, ownerName: ' ' })).toEqual([['ownerName', 'Enter the name of the person who will do it']]);
    expect(reassignActionSchema.parse({ ...base, ownerUserId: withoutAccount, ownerName: ' Jo Bloggs ' }).owner).toEqual({ name: 'Jo Bloggs' });
    const id = crypto.randomUUID();
    // A name typed before choosing a person with an account is dropped.
    expect(reassignActionSchema.parse({ ...base, ownerUserId: id, ownerName: 'Left over' }).owner).toEqual({ userId: id });
  });

  it('refuses, by the person field, anyone but an enabled person of the chosen agency, and writes nothing', async () => {
    const staff = await staffWithPeople();
    const { agencies, users: u, people } = staff;
    const [action] = await makeActions(staff, [{ agency: 'police', due: 7, description: 'Not to be forged' }]);
    const forger = await signedIn(u.officer.id);
    for (const userId of [u.housingOfficer.id, people.disabled.id, people.policeAdmin.id, people.elsewhere.id, crypto.randomUUID()]) {
      const refused = reassignActionItem(forger, { actionItemId: action.id, version: 1, ownerAgencyId: agencies.police.id, ownerUserId: userId, note: 'Forged' });
      await expect(refused).rejects.toBeInstanceOf(InputRejected);
      await expect(refused).rejects.toMatchObject({ fieldErrors: { ownerUserId: 'Select a person of the chosen agency, or someone without an account' } });
    }
    const db = await getDb();
    const [row] = await db.select().from(actionItems).where(eq(actionItems.id, action.id));
    expect(row).toMatchObject({ version: 1, ownerName: 'Named Person', ownerUserId: null, ownerAgencyId: agencies.police.id });
    expect(await db.select().from(actionItemUpdates).where(eq(actionItemUpdates.actionItemId, action.id))).toEqual([]);
    expect(await notificationsAbout(action.id)).toEqual([]);
    // Refused input rolls the whole transaction back, its reads' events too, as for any input the data refuses.
    expect(await auditEventsOf(forger.requestId)).toEqual([]);
  });

  it('gives an action to a person, who alone is told; the history keeps who had it, who gave it to whom, and when', async () => {
    const staff = await staffWithPeople();
    const { as, agencies, users: u, people } = staff;
    const [action] = await makeActions(staff, [{ agency: 'police', due: 7, description: 'Fit a panic alarm' }]);
    const before = new Date();
    const { version } = await reassignActionItem(as.coordinator, { actionItemId: action.id, version: 1, ownerAgencyId: agencies.police.id, ownerUserId: people.secondOfficer.id, note: 'PC Second knows the family' });
    expect(await notificationsAbout(action.id)).toEqual([{ userId: people.secondOfficer.id, kind: 'action_assigned' }]);

    // The officer gives it to the chair, of the same agency; then the coordinator to housing, to someone without an account.
    const v2 = (await reassignActionItem(as.officer, { actionItemId: action.id, version, ownerAgencyId: agencies.police.id, ownerUserId: u.chair.id, note: 'Chair to lead' })).version;
    await reassignActionItem(as.coordinator, { actionItemId: action.id, version: v2, ownerAgencyId: agencies.housing.id, ownerUserId: withoutAccount, ownerName: 'Jo Bloggs', note: 'Housing to lead' });
    const told = await notificationsAbout(action.id);
    expect(told.map((n) => n.userId).sort()).toEqual([people.secondOfficer.id, u.chair.id, u.housingOfficer.id].sort());

    const detail = await getActionItem(as.coordinator, action.id);
    expect(detail).toMatchObject({ ownerName: 'Jo Bloggs', ownerUserId: null, agencyName: agencies.housing.name });
    expect(detail.history.map((h) => [h.by, h.previousOwnerName, h.newOwnerName, h.newAgencyName, h.note])).toEqual([
      ['Test coordinator', 'Named Person', 'PC Second Officer', agencies.police.name, 'PC Second knows the family'],
      ['Test agency', 'PC Second Officer', 'Test chair', agencies.police.name, 'Chair to lead'],
      ['Test coordinator', 'Test chair', 'Jo Bloggs', agencies.housing.name, 'Housing to lead'],
    ]);
    for (const h of detail.history) expect(h.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(detail.history.map((h) => h.at.getTime())).toEqual([...detail.history.map((h) => h.at.getTime())].sort());
    const db = await getDb();
    const rows = await db.select().from(actionItemUpdates).where(eq(actionItemUpdates.actionItemId, action.id)).orderBy(actionItemUpdates.at);
    expect(rows.map((r) => [r.userId, r.previousOwnerUserId, r.previousAgencyId])).toEqual([
      [u.coordinator.id, null, agencies.police.id],
      [u.officer.id, people.secondOfficer.id, agencies.police.id],
      [u.coordinator.id, u.chair.id, agencies.police.id],
    ]);
  });

  it('shows a user’s current name on the boards, the action and its plan; finds it by name; lists a person’s own on My actions', async () => {
    const staff = await staffWithPeople();
    const { as, people } = staff;
    const [theirs] = await makeActions(staff, [
      { agency: 'police', due: 7, description: 'Given to the second officer', ownerUserId: people.secondOfficer.id },
      { agency: 'police', due: 8, description: 'Given to the agency' },
    ]);
    const db = await getDb();
    await db.update(users).set({ name: 'PC Second Renamed' }).where(eq(users.id, people.secondOfficer.id));

    expect((await getActionItem(as.officer, theirs.id)).ownerName).toBe('PC Second Renamed');
    const board = await listActionItems(as.officer, 'mine', query());
    expect(board.rows.map((r) => [r.description, r.ownerName])).toEqual([
      ['Given to the second officer', 'PC Second Renamed'],
      ['Given to the agency', 'Named Person'],
    ]);
    const found = await listActionItems(as.coordinator, 'all', query({ owner: 'renamed' }));
    expect([found.total, found.rows.map((r) => r.id)]).toEqual([1, [theirs.id]]);
    expect((await getActionPlan(as.coordinator, theirs.caseId)).actions.map((a) => a.ownerName)).toEqual(['PC Second Renamed', 'Named Person']);

    const second = await signedIn(people.secondOfficer.id);
    const mine = await listActionItems(second, 'me', query());
    expect([mine.total, mine.rows.map((r) => r.id)]).toEqual([1, [theirs.id]]);
    expect((await listActionItems(as.officer, 'me', query())).total).toBe(0);
  });
});

describe('reminders to an action’s owner', () => {
  it('go to the owning person when they have an account, to the agency’s users when not, once per due date and owner', async () => {
    const staff = await staffWithPeople();
    const { as, agencies, users: u, people } = staff;
    const [soon, late, leaver] = await makeActions(staff, [
      { agency: 'police', due: 2, description: 'Due soon, given to the second officer', ownerUserId: people.secondOfficer.id },
      { agency: 'police', due: -3, description: 'Overdue, given to someone without an account' },
      { agency: 'police', due: -1, description: 'Overdue, given to an officer who has since left', ownerUserId: people.disabled.id },
    ]);
    await Promise.all([sendActionReminders(), sendActionReminders()]);
    await sendActionReminders();
    const sent = async (id: string) => (await notificationsAbout(id)).map((n) => `${n.kind}:${n.userId}`).sort();
    expect(await sent(soon.id)).toEqual([`action_due_soon:${people.secondOfficer.id}`]);
    const police = [u.chair.id, u.officer.id, people.secondOfficer.id];
    expect(await sent(late.id)).toEqual(police.map((id) => `action_overdue:${id}`).sort());
    expect(await sent(leaver.id)).toEqual(police.map((id) => `action_overdue:${id}`).sort());

    // Given to someone else, it is theirs to be reminded of, once; the first owner is not told again.
    await reassignActionItem(as.coordinator, { actionItemId: soon.id, version: 1, ownerAgencyId: agencies.police.id, ownerUserId: u.officer.id, note: 'Cover' });
    await sendActionReminders();
    await sendActionReminders();
    expect(await sent(soon.id)).toEqual([`action_assigned:${u.officer.id}`, `action_due_soon:${u.officer.id}`, `action_due_soon:${people.secondOfficer.id}`].sort());
    const db = await getDb();
    const claims = await db.select().from(actionReminders).where(inArray(actionReminders.actionItemId, [soon.id, late.id]));
    expect(claims.map((c) => [c.actionItemId, c.kind, c.ownerUserId]).sort()).toEqual(
      [
        [soon.id, 'action_due_soon', people.secondOfficer.id],
        [soon.id, 'action_due_soon', u.officer.id],
        [late.id, 'action_overdue', null],
      ].sort(),
    );
  });
});
