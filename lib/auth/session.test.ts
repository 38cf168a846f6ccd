import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { sessions, users } from '@/db/schema';
import { getDashboard } from '@/lib/dashboard/get';
import { listAuditEvents } from '@/lib/audit/list';
import { disableUser } from '@/lib/users/set-active';
import { updateUserAccess } from '@/lib/users/update-access';
import { AccessDenied, SessionInvalid } from '@/lib/errors';
import { expectAudit } from '@/test/audit';
import { auditEventsFor, makeAreaWithStaff, signedIn } from '@/test/factories';
import { loadLiveSession } from './session';
import { endSession } from './end-session';

describe('a session is checked against its row on every call', () => {
  afterEach(() => {
    delete process.env.SESSION_IDLE_MINUTES;
  });

  it('refuses a disabled user’s next call and records the refusal', async () => {
    const { as, users: u } = await makeAreaWithStaff();
    await expect(getDashboard(as.officer)).resolves.toBeDefined();

    await disableUser(as.admin, u.officer.id);

    await expect(getDashboard(as.officer)).rejects.toBeInstanceOf(SessionInvalid);
    const events = await auditEventsFor(as.officer.sessionId);
    expect(events.at(-1)).toMatchObject({ action: 'session.refused', outcome: 'denied', userId: u.officer.id, detail: 'session_user_disabled' });
    await expectAudit(as.officer, { action: 'session.refused', outcome: 'denied', resourceType: 'session', resourceId: as.officer.sessionId, detail: 'session_user_disabled' });
  });

  it('refuses a session the admin ended, and one the user signed out of elsewhere', async () => {
    const { as } = await makeAreaWithStaff();
    await endSession(as.admin, as.chair.sessionId);
    await expect(getDashboard(as.chair)).rejects.toThrow(SessionInvalid);
    const events = await auditEventsFor(as.chair.sessionId);
    expect(events.map((e) => [e.action, e.userId, e.detail])).toEqual([
      ['session.end', as.admin.userId, `owner_${as.chair.userId}`],
      ['session.refused', as.chair.userId, 'session_ended_by_admin'],
    ]);

    // A user may end their own sessions, but not someone else's.
    const second = await signedIn(as.officer.userId);
    await endSession(as.officer, second.sessionId);
    await expect(endSession(as.officer, as.coordinator.sessionId)).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(as.officer, { action: 'session.end', outcome: 'denied', resourceType: 'session', resourceId: as.coordinator.sessionId, detail: 'not_found' });
    await expect(getDashboard(as.coordinator)).resolves.toBeDefined();
  });

  it('applies a role change on the very next call', async () => {
    const { as, users: u, agencies } = await makeAreaWithStaff();
    await expect(listAuditEvents(as.coordinator, {})).resolves.toBeDefined();

    await updateUserAccess(as.admin, { userId: u.coordinator.id, role: 'agency', agencyId: agencies.csp.id });

    // The same viewer object, with the old role in it: the live row decides.
    await expect(listAuditEvents(as.coordinator, {})).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(as.coordinator, { action: 'audit.list', outcome: 'denied', resourceType: 'audit_event', resourceId: null, detail: 'not_permitted' });
  });

  it('ends a session after the idle timeout and after its absolute lifetime', async () => {
    const { users: u } = await makeAreaWithStaff();
    const viewer = await signedIn(u.officer.id);
    const db = await getDb();
    const now = Date.now();
    // Outside any transaction, as each request's first check (currentViewer) makes it.
    const check = (at: number) => loadLiveSession(db, viewer.sessionId, randomUUID(), new Date(at));

    process.env.SESSION_IDLE_MINUTES = '30';
    await expect(check(now + 29 * 60_000)).resolves.toMatchObject({ userId: u.officer.id });
    // That call touched last_seen_at, so the idle clock restarted from minute 29.
    await expect(check(now + 58 * 60_000)).resolves.toBeDefined();
    await expect(check(now + 89 * 60_000)).rejects.toMatchObject({ reason: 'session_idle' });

    await db.update(sessions).set({ lastSeenAt: new Date(now), expiresAt: new Date(now + 60_000) }).where(eq(sessions.id, viewer.sessionId));
    await expect(check(now + 61_000)).rejects.toMatchObject({ reason: 'session_expired' });
  });

  it('reads the role from the user row, not from the token', async () => {
    const { users: u } = await makeAreaWithStaff();
    const viewer = await signedIn(u.chair.id);
    const db = await getDb();
    await db.update(users).set({ role: 'agency' }).where(eq(users.id, u.chair.id));
    const live = await db.transaction((tx) => loadLiveSession(tx, viewer.sessionId, randomUUID()));
    expect(live.role).toBe('agency');
  });
});
