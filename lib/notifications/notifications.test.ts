import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { referrals } from '@/db/schema';
import { AccessDenied } from '@/lib/errors';
import { expectAudit } from '@/test/audit';
import { auditEventsOf, makeAreaWithStaff, makeUser } from '@/test/factories';
import { loadLiveSessionAndUnread } from '@/lib/auth/session';
import type { Viewer } from '@/lib/auth/viewer-type';
import { UNREAD_CAP } from './counts';
import { listNotifications, markAllNotificationsRead, openNotification } from './list';
import { coordinatorsOfArea, notifyUsers, usersOfAgencies, usersOfArea } from './notify';


/** The header's count of a viewer's unread notifications, as currentViewer reads it. */
async function headerCount(viewer: Viewer): Promise<number> {
  return (await loadLiveSessionAndUnread(await getDb(), viewer.sessionId, viewer.requestId)).unread;
}

describe('in-app notifications', () => {
  it('go only to people who work with records: never an administrator or an information-governance lead', async () => {
    const { area, agencies, users } = await makeAreaWithStaff();
    const lead = await makeUser(agencies.csp.id, 'ig_lead');
    const db = await getDb();
    const [ofArea, ofCsp, coordinators] = await db.transaction(async (tx) => [await usersOfArea(tx, area.id), await usersOfAgencies(tx, [agencies.csp.id]), await coordinatorsOfArea(tx, area.id)]);
    expect(ofArea.sort()).toEqual([users.coordinator.id, users.chair.id, users.officer.id, users.housingOfficer.id].sort());
    expect(ofArea).not.toContain(lead.id);
    expect(ofCsp).toEqual([users.coordinator.id]);
    expect(coordinators).toEqual([users.coordinator.id]);
  });

  it('are sent with an audit event per recipient, counted unread, and opened by their recipient only', async () => {
    const { as, area, agencies, users } = await makeAreaWithStaff();
    const db = await getDb();
    const [referral] = await db
      .insert(referrals)
      .values({ areaId: area.id, referringAgencyId: agencies.police.id, referrerUserId: users.officer.id, status: 'returned' })
      .returning();
    const sent = await db.transaction(async (tx) =>
      notifyUsers(tx, as.coordinator, await usersOfAgencies(tx, [agencies.police.id]), 'referral_returned', { referralId: referral.id }),
    );
    expect(sent).toBe(2); // the officer and the chair, both police
    const events = (await auditEventsOf(as.coordinator.requestId)).filter((e) => e.action === 'notification.send');
    expect(events.map((e) => e.detail).sort()).toEqual([`referral_returned_to_user_${users.chair.id}`, `referral_returned_to_user_${users.officer.id}`].sort());

    expect(await headerCount(as.officer)).toBe(1);
    const { rows } = await listNotifications(as.officer);
    expect(rows.map((r) => r.kind)).toEqual(['referral_returned']);
    await expect(openNotification(as.housingOfficer, rows[0].id)).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(as.housingOfficer, { action: 'notification.open', outcome: 'denied', resourceType: 'notification', resourceId: rows[0].id, detail: 'not_found' });
    expect(await openNotification(as.officer, rows[0].id)).toBe(`/referrals/${referral.id}`);
    expect(await headerCount(as.officer)).toBe(0);
    expect(await headerCount(as.chair)).toBe(1);
  });

  it('are counted for the header up to the cap, so a backlog of thousands costs no more than a hundred', async () => {
    const { as, agencies } = await makeAreaWithStaff();
    const db = await getDb();
    await db.transaction(async (tx) => {
      const police = await usersOfAgencies(tx, [agencies.police.id]);
      for (let i = 0; i < UNREAD_CAP + 5; i++) await notifyUsers(tx, as.coordinator, police, 'action_overdue', {});
    });
    expect(await headerCount(as.officer)).toBe(UNREAD_CAP + 1);
    expect((await listNotifications(as.officer)).unread).toBe(UNREAD_CAP + 5);
  });

  it('never notifies the person who caused it', async () => {
    const { as, agencies } = await makeAreaWithStaff();
    const db = await getDb();
    const sent = await db.transaction(async (tx) => notifyUsers(tx, as.officer, await usersOfAgencies(tx, [agencies.police.id]), 'research_requested', {}));
    expect(sent).toBe(1);
  });

  it('are paged 25 at a time with every unread one counted, shown unread only on request, and marked read all at once by their recipient only', async () => {
    const { as, agencies } = await makeAreaWithStaff();
    const db = await getDb();
    await db.transaction(async (tx) => {
      const police = await usersOfAgencies(tx, [agencies.police.id]);
      for (let i = 0; i < 30; i++) await notifyUsers(tx, as.coordinator, police, 'action_overdue', {});
    });
    const first = await listNotifications(as.officer);
    expect([first.rows.length, first.total, first.unread, first.page]).toEqual([25, 30, 30, 1]);
    const second = await listNotifications(as.officer, { page: 2 });
    expect(second.rows.length).toBe(5);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(30);
    expect((await listNotifications(as.officer, { page: 99 })).page).toBe(2);

    await openNotification(as.officer, first.rows[0].id);
    const unreadOnly = await listNotifications(as.officer, { unread: true });
    expect([unreadOnly.total, unreadOnly.unread]).toEqual([29, 29]);
    expect(unreadOnly.rows.map((r) => r.id)).not.toContain(first.rows[0].id);

    expect(await markAllNotificationsRead(as.officer)).toBe(29);
    expect(await headerCount(as.officer)).toBe(0);
    expect((await listNotifications(as.officer, { unread: true })).total).toBe(0);
    expect(await headerCount(as.chair)).toBe(30); // the chair's own are untouched
    const events = (await auditEventsOf(as.officer.requestId)).filter((e) => e.action === 'notification.read_all');
    expect(events.map((e) => e.detail)).toEqual(['29_marked_read']);
  });
});
