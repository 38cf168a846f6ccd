import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, meetings, notifications, referrals, users } from '@/db/schema';
import { listNotifications } from '@/lib/notifications/list';
import { UNREAD_MINUTES_SHOWN } from '@/lib/notifications/counts';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { auditEventsOf, makeAreaWithStaff, makeUser, signedIn } from '@/test/factories';
import { getDashboard } from './get';

describe('the home page counts', () => {
  it('gives an admin the accounts needing attention, counted from the data', async () => {
    const { as, agencies, users: u } = await makeAreaWithStaff();
    await makeUser(agencies.housing.id, 'agency', { passwordHash: null });
    await makeUser(agencies.housing.id, 'agency', { active: false });
    const db = await getDb();
    const lastSignInAt = new Date('2026-11-30T08:15:00Z');
    await db.update(users).set({ lastSignInAt }).where(eq(users.id, u.admin.id));
    await signInWithPassword({ email: u.officer.email, password: 'wrong password here', requestId: 'dash-test' });

    const dashboard = await getDashboard(as.admin);
    expect(dashboard.accounts).toEqual({ awaitingSetup: 1, disabled: 1 });
    expect(dashboard.area).toEqual({ agencies: 3, activeUsers: 6 });
    expect(dashboard.refusalsLastDay).toBe(1);
    expect(dashboard.email).toEqual({ server: null, waiting: 0, failedLastWeek: 0 });
    expect(dashboard.me).toEqual({ lastSignInAt, liveSessions: 1 });
    expect((await auditEventsOf(as.admin.requestId)).map((e) => e.action)).toEqual(['dashboard.view']);
  });

  it('shows an agency user only their own account', async () => {
    const { as } = await makeAreaWithStaff();
    const dashboard = await getDashboard(as.officer);
    expect(dashboard.accounts).toBeUndefined();
    expect(dashboard.area).toBeUndefined();
    expect(dashboard.refusalsLastDay).toBeUndefined();
    expect(dashboard.email).toBeUndefined();
  });

  it('counts the coordinator’s screening queue and an agency’s own referrals', async () => {
    const { as, area, agencies: a, users: u } = await makeAreaWithStaff();
    const db = await getDb();
    const base = { areaId: area.id, referringAgencyId: a.police.id, referrerUserId: u.officer.id };
    await db.insert(referrals).values([
      { ...base, status: 'submitted' },
      { ...base, status: 'returned' },
      { ...base, status: 'draft' },
      { ...base, referringAgencyId: a.housing.id, referrerUserId: u.housingOfficer.id, status: 'submitted' },
    ]);
    expect((await getDashboard(as.coordinator)).screening).toEqual({ waiting: 2, casesAwaitingMeeting: 0 });
    expect((await getDashboard(as.officer)).ownReferrals).toEqual({ drafts: 1, returned: 1, waiting: 1 });
    expect((await getDashboard(as.officer)).screening).toBeUndefined();
    expect((await getDashboard(as.admin)).ownReferrals).toBeUndefined();
  });

  it('counts an agency’s own open and overdue actions', async () => {
    const { as } = await makeAreaWithStaff();
    expect((await getDashboard(as.officer)).ownActions).toEqual({ open: 0, overdue: 0 });
    expect((await getDashboard(as.admin)).ownActions).toBeUndefined();
  });

  it('offers the escalation list to those who may read it, and no one else', async () => {
    const { as } = await makeAreaWithStaff();
    const offered = await Promise.all([as.coordinator, as.chair, as.officer, as.admin].map(async (v) => (await getDashboard(v)).canSeeEscalations));
    expect(offered).toEqual([true, true, false, false]);
  });
});

describe('new minutes to read', () => {
  it('lists the newest few and says how many more there are', async () => {
    const { as, area, users: u } = await makeAreaWithStaff();
    const db = await getDb();
    const count = UNREAD_MINUTES_SHOWN + 2;
    const held = await db
      .insert(meetings)
      .values(Array.from({ length: count + 1 }, (_, i) => ({ areaId: area.id, startsAt: new Date(Date.now() - (i + 1) * 14 * 86_400_000), status: 'finalised' as const })))
      .returning();
    // One for each meeting, the oldest of them already read.
    await db.insert(notifications).values(held.map((m, i) => ({ userId: u.officer.id, kind: 'minutes_circulated' as const, meetingId: m.id, readAt: i === count ? new Date() : null })));

    const { unreadMinutes } = await getDashboard(as.officer);
    expect(unreadMinutes.total).toBe(count);
    expect(unreadMinutes.newest.map((m) => m.meetingId)).toEqual(held.slice(0, UNREAD_MINUTES_SHOWN).map((m) => m.id));
    // The notifications list the page links to for the rest holds every one of them.
    const rest = await listNotifications(as.officer, { unread: true, kind: 'minutes_circulated' });
    expect(rest.total).toBe(count);
    expect((await listNotifications(as.officer, { unread: true, kind: 'action_overdue' })).total).toBe(0);
    // Someone else sees none of them.
    expect((await getDashboard(as.housingOfficer)).unreadMinutes).toEqual({ newest: [], total: 0 });
  });
});

describe('the information-governance lead’s home page', () => {
  it('counts refusals and reveals and offers the audit log and who has seen a case, and no case work', async () => {
    const { as, agencies, area } = await makeAreaWithStaff();
    const lead = await signedIn((await makeUser(agencies.csp.id, 'ig_lead')).id);
    const db = await getDb();
    await db.insert(auditEvents).values([
      { areaId: area.id, action: 'case.view', resourceType: 'case', outcome: 'denied' },
      { areaId: area.id, action: 'case.reveal_protected', resourceType: 'case', outcome: 'allowed' },
      { areaId: area.id, action: 'case.reveal_protected', resourceType: 'case', outcome: 'denied' },
    ]);
    const dashboard = await getDashboard(lead);
    expect(dashboard).toMatchObject({ refusalsLastDay: 2, revealsLastWeek: 1, canReadAudit: true, canSeeCaseAccess: true, canSeeEscalations: false });
    for (const key of ['area', 'accounts', 'email', 'ownReferrals', 'screening', 'actionStats', 'ownActions'] as const) expect(dashboard[key], key).toBeUndefined();
    expect((await auditEventsOf(lead.requestId)).map((e) => [e.action, e.outcome])).toEqual([['dashboard.view', 'allowed']]);

    // An agency user is offered neither.
    const officer = await getDashboard(as.officer);
    expect([officer.canReadAudit, officer.canSeeCaseAccess, officer.revealsLastWeek]).toEqual([false, false, undefined]);
  });
});
