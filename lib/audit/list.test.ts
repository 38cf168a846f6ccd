import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { todayInUk } from '@/db/clock';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { AccessDenied } from '@/lib/errors';
import { disableUser } from '@/lib/users/set-active';
import { auditEvents } from '@/db/schema';
import { getCase } from '@/lib/cases/get';
import { makeAcceptedCase } from '@/test/cases';
import { expectAudit } from '@/test/audit';
import { auditEventsOf, makeAreaWithStaff, makeUser, signedIn, TEST_PASSWORD } from '@/test/factories';
import { AUDIT_COUNT_CAP, exportAuditEvents, listAuditEvents } from './list';
import { auditFilterSchema } from './schemas';

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

    const today = todayInUk();
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
      await expectAudit(viewer, { action: 'audit.list', outcome: 'denied', resourceType: 'audit_event', resourceId: null, detail: 'not_permitted' });
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

    const few = await listAuditEvents(as.coordinator, { action: 'audit.list' });
    expect([few.total, few.moreThanTotal]).toEqual([1, false]);
    // The actions of this area's log, sorted: not those of the other areas the earlier tests made.
    expect(few.options.actions).toEqual(['audit.list', 'case.view']);
  });
});

describe('the audit page filtered by a case, and its download', () => {
  it('finds a case of the viewer’s area by its number as typed, with every event naming or showing it', async () => {
    const staff = await makeAreaWithStaff();
    const { as, area } = staff;
    const mine = await makeAcceptedCase(staff, { victim: 'Filter Person' });
    const other = await makeAcceptedCase(staff, { victim: 'Another Person' });
    await getCase(as.coordinator, mine.id);
    await getCase(as.coordinator, other.id);
    const db = await getDb();
    await db.insert(auditEvents).values([
      { areaId: area.id, action: 'agenda.view', resourceType: 'meeting', caseIds: [other.id, mine.id], outcome: 'allowed' },
      { areaId: area.id, action: 'case.view', resourceType: 'case', resourceId: mine.id, outcome: 'denied', detail: 'not_found' },
    ]);

    const found = await listAuditEvents(as.coordinator, { case: mine.number });
    expect(found.caseFilter).toEqual({ number: mine.number, caseId: mine.id });
    expect(found.rows.map((r) => [r.action, r.outcome]).sort()).toEqual([
      ['agenda.view', 'allowed'],
      ['case.view', 'allowed'],
      ['case.view', 'denied'],
    ]);
    expect(found.canSeeCaseAccess).toBe(true);
    const [viewing] = (await auditEventsOf(as.coordinator.requestId)).filter((e) => e.action === 'audit.list');
    expect(viewing.caseId).toBe(mine.id);

    // Typed in lower case with spaces, it is the same number (and the reading just above is now one of its events).
    const typed = auditFilterSchema.parse({ case: ` ${mine.number.toLowerCase()} ` });
    expect(typed.case).toBe(mine.number);
    expect((await listAuditEvents(as.coordinator, typed)).rows.map((r) => r.action).sort()).toEqual(['agenda.view', 'audit.list', 'case.view', 'case.view']);
    const theirs = await makeAreaWithStaff();
    const theirsFound = await listAuditEvents(theirs.as.coordinator, { case: mine.number });
    expect([theirsFound.caseFilter?.caseId, theirsFound.total]).toEqual([null, 0]);
  });

  it('downloads the filtered events, up to a limit, and records the download; agency users may not', async () => {
    const { as, users: u } = await makeAreaWithStaff();
    await disableUser(as.admin, u.housingOfficer.id);
    const download = await exportAuditEvents(as.coordinator, { action: 'user.disable' });
    expect(download.rows.map((r) => [r.action, r.resourceId, r.subjectUserName])).toEqual([['user.disable', u.housingOfficer.id, u.housingOfficer.name]]);
    const [event] = await auditEventsOf(as.coordinator.requestId);
    expect(event).toMatchObject({ action: 'audit.export', outcome: 'allowed', detail: 'rows_1' });

    await expect(exportAuditEvents(as.officer, {})).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(as.officer, { action: 'audit.export', outcome: 'denied', resourceType: 'audit_event', resourceId: null, detail: 'not_permitted' });
  });

  it('lets the information-governance lead read and download the area’s log', async () => {
    const { as, agencies: a, users: u } = await makeAreaWithStaff();
    const lead = await signedIn((await makeUser(a.csp.id, 'ig_lead')).id);
    await disableUser(as.admin, u.housingOfficer.id);
    const page = await listAuditEvents(lead, { action: 'user.disable' });
    expect([page.total, page.canExport, page.canSeeCaseAccess]).toEqual([1, true, true]);
    expect((await exportAuditEvents(lead, { action: 'user.disable' })).rows).toHaveLength(1);
  });
});
