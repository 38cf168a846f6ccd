import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { AccessDenied } from '@/lib/errors';
import { disableUser } from '@/lib/users/set-active';
import { auditEventsOf, makeAreaWithStaff, TEST_PASSWORD } from '@/test/factories';
import { AUDIT_COUNT_CAP, listAuditEvents } from './list';

describe('the audit page’s list', () => {
  it('shows admins and coordinators their area’s events, filtered in SQL, and records the viewing', async () => {
    const { as, users: u } = await makeAreaWithStaff();
    await signInWithPassword({ email: u.officer.email, password: 'wrong password here', requestId: randomUUID() });
    await signInWithPassword({ email: u.officer.email, password: TEST_PASSWORD, requestId: randomUUID() });
    await disableUser(as.admin, u.housingOfficer.id);

    const failed = await listAuditEvents(as.coordinator, { action: 'sign_in.failed' });
    expect(failed.rows.map((r) => [r.action, r.userId, r.userName])).toEqual([['sign_in.failed', u.officer.id, u.officer.name]]);

    const byAdmin = await listAuditEvents(as.admin, { user: u.admin.id, action: 'user.disable' });
    expect(byAdmin.total).toBe(1);
    expect(byAdmin.rows[0]).toMatchObject({ resourceType: 'user', resourceId: u.housingOfficer.id, outcome: 'allowed' });

    const denied = await listAuditEvents(as.admin, { outcome: 'denied' });
    expect(denied.rows.every((r) => r.outcome === 'denied')).toBe(true);

    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEvents(as.admin, { from: today, to: today })).total).toBeGreaterThan(0);
    expect((await listAuditEvents(as.admin, { to: '2000-01-01' })).total).toBe(0);

    const [viewing] = await auditEventsOf(as.coordinator.requestId);
    expect(viewing).toMatchObject({ action: 'audit.list', userId: u.coordinator.id });
  });

  it('pages newest first', async () => {
    const { as } = await makeAreaWithStaff();
    for (let i = 0; i < 3; i++) await listAuditEvents(as.admin, {});
    const page1 = await listAuditEvents(as.admin, { action: 'audit.list', page: 1 });
    expect(page1.total).toBe(3); // the three earlier viewings; this one commits with the page
    expect(page1.rows[0].occurredAt >= page1.rows[2].occurredAt).toBe(true);
  });

  it('never shows another area’s events', async () => {
    const mine = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    await disableUser(theirs.as.admin, theirs.users.officer.id);
    const seen = await listAuditEvents(mine.as.coordinator, { user: theirs.users.admin.id });
    expect(seen.total).toBe(0);
  });

  it('refuses chairs and agency users, and records the refusal', async () => {
    const { as } = await makeAreaWithStaff();
    for (const viewer of [as.chair, as.officer]) {
      await expect(listAuditEvents(viewer, {})).rejects.toBeInstanceOf(AccessDenied);
      const [event] = await auditEventsOf(viewer.requestId);
      expect(event).toMatchObject({ action: 'audit.list', outcome: 'denied', detail: 'not_permitted' });
    }
  });

  it('counts a large log up to a cap and says there are more, pages newest first, and offers every action as a filter', async () => {
    const { as, area } = await makeAreaWithStaff();
    const db = await getDb();
    await db.execute(sql`
      insert into audit_events (occurred_at, area_id, action, resource_type, outcome)
      select now() - make_interval(secs => g), ${area.id}, 'case.view', 'case', 'allowed'
      from generate_series(1, ${AUDIT_COUNT_CAP + 5}) g`);
    const all = await listAuditEvents(as.coordinator, {});
    expect([all.total, all.moreThanTotal, all.rows.length]).toEqual([AUDIT_COUNT_CAP, true, 50]);
    expect(all.rows.map((r) => r.occurredAt.getTime())).toEqual(all.rows.map((r) => r.occurredAt.getTime()).sort((a, b) => b - a));
    expect(all.options.actions).toEqual(expect.arrayContaining(['audit.list', 'case.view']));
    expect(all.options.actions).toEqual([...all.options.actions].sort());

    const few = await listAuditEvents(as.coordinator, { action: 'audit.list' });
    expect([few.total, few.moreThanTotal]).toEqual([1, false]);
  });
});
