import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { todayInUk } from '@/db/clock';
import { actionItems, notifications } from '@/db/schema';
import { withoutAccount } from '@/lib/action-items/labels';
import { InputRejected } from '@/lib/errors';
import { auditEventsOf, makeAgency, makeArea, makeAreaWithStaff, makeUser, signedIn } from '@/test/factories';
import { buildAgenda, getAgenda, publishAgenda } from './agenda';
import { addActionItem, startMeeting } from './run';
import { actionItemSchema } from './schemas';
import { scheduleMeeting } from './schedule';
import { makeAcceptedCase } from '@/test/cases';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** A held meeting with one listed case, and a police force with a second officer, a leaver and an administrator. */
async function heldMeeting() {
  const staff = await makeAreaWithStaff();
  const { as } = staff;
  await makeAcceptedCase(staff, { victim: 'Owned Person', prefix: 'O' });
  const { meetingId } = await scheduleMeeting(as.coordinator, { date: todayInUk(), time: '10:00', venue: 'Room 1', videoLink: '', chairUserId: staff.users.chair.id });
  await buildAgenda(as.coordinator, meetingId);
  await publishAgenda(as.coordinator, meetingId);
  await startMeeting(as.chair, meetingId);
  const itemId = (await getAgenda(as.coordinator, meetingId)).sections[1].items[0].id;
  const police = staff.agencies.police.id;
  const people = {
    secondOfficer: await makeUser(police, 'agency', { name: 'PC Second Officer' }),
    disabled: await makeUser(police, 'agency', { name: 'PC Gone', active: false }),
    policeAdmin: await makeUser(police, 'admin'),
    elsewhere: await makeUser((await makeAgency((await makeArea()).id)).id, 'agency'),
  };
  return { ...staff, meetingId, itemId, people };
}

async function toldAbout(actionItemId: string) {
  const db = await getDb();
  const rows = await db.select({ userId: notifications.userId, kind: notifications.kind }).from(notifications).where(eq(notifications.actionItemId, actionItemId));
  return rows.map((r) => `${r.kind}:${r.userId}`).sort();
}

describe('the owner of an action agreed at the meeting', () => {
  it('is one of the agency’s people, who alone is told, or someone without an account, when the agency’s users are told', async () => {
    const { as, agencies, users, itemId, people } = await heldMeeting();
    const action = { agendaItemId: itemId, description: 'Fit a panic alarm', dueOn: inDays(14) };
    const toPerson = await addActionItem(as.chair, { ...action, ownerAgencyId: agencies.police.id, ownerUserId: people.secondOfficer.id });
    // The officer, of the same agency, is not told; nor is the chair, who agreed it.
    expect(await toldAbout(toPerson.actionItemId)).toEqual([`action_assigned:${people.secondOfficer.id}`]);

    const toName = await addActionItem(as.chair, { ...action, description: 'Refer to the sanctuary scheme', ownerAgencyId: agencies.police.id, ownerUserId: withoutAccount, ownerName: 'DC Without Account' });
    expect(await toldAbout(toName.actionItemId)).toEqual([`action_assigned:${users.officer.id}`, `action_assigned:${people.secondOfficer.id}`].sort());

    const db = await getDb();
    const rows = await db.select().from(actionItems).where(eq(actionItems.agendaItemId, itemId)).orderBy(actionItems.createdAt);
    expect(rows.map((r) => [r.description, r.ownerUserId, r.ownerName])).toEqual([
      ['Fit a panic alarm', people.secondOfficer.id, 'PC Second Officer'],
      ['Refer to the sanctuary scheme', null, 'DC Without Account'],
    ]);
  });

  it('refuses, by the person field, an id forged or stale: another agency’s, another area’s, a leaver’s, an administrator’s, no one’s; nothing is written', async () => {
    const { agencies, users, itemId, people } = await heldMeeting();
    const forger = await signedIn(users.chair.id);
    for (const userId of [users.housingOfficer.id, people.elsewhere.id, people.disabled.id, people.policeAdmin.id, crypto.randomUUID()]) {
      const refused = addActionItem(forger, { agendaItemId: itemId, description: 'Forged owner', ownerAgencyId: agencies.police.id, ownerUserId: userId, dueOn: inDays(14) });
      await expect(refused).rejects.toBeInstanceOf(InputRejected);
      await expect(refused).rejects.toMatchObject({ fieldErrors: { ownerUserId: 'Select a person of the chosen agency, or someone without an account' } });
    }
    const db = await getDb();
    expect(await db.select().from(actionItems).where(eq(actionItems.agendaItemId, itemId))).toEqual([]);
    expect(await db.select().from(notifications).where(eq(notifications.kind, 'action_assigned')).then((rows) => rows.filter((n) => Object.values(people).some((p) => p.id === n.userId)))).toEqual([]);
    // As for any input the data refuses: the transaction is rolled back, its events with it.
    expect(await auditEventsOf(forger.requestId)).toEqual([]);
  });

  it('is asked for by the form’s schema: a person, or the name of someone without an account', () => {
    const base = { agendaItemId: crypto.randomUUID(), description: 'Fit a panic alarm', ownerAgencyId: crypto.randomUUID(), dueOn: inDays(14) };
    const errorsOf = (v: object) => actionItemSchema.safeParse({ ...base, ...v }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(errorsOf({ ownerUserId: '' })).toEqual([['ownerUserId', 'Select the person who will do it']]);
    expect(errorsOf({ ownerUserId: 'not-an-id' })).toEqual([['ownerUserId', 'Select the person who will do it']]);
    expect(errorsOf({ ownerUserId: withoutAccount })).toEqual([['ownerName', 'Enter the name of the person who will do it']]);
    expect(actionItemSchema.parse({ ...base, ownerUserId: withoutAccount, ownerName: 'Jo Bloggs' })).toMatchObject({ owner: { name: 'Jo Bloggs' } });
  });
});
