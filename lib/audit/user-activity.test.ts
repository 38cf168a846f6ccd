import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { getCase } from '@/lib/cases/get';
import { AccessDenied } from '@/lib/errors';
import { listAgencies } from '@/lib/agencies/list';
import { makeAcceptedCase } from '@/test/cases';
import { expectAudit } from '@/test/audit';
import { auditEventsOf, makeAreaWithStaff, makeUser, signedIn } from '@/test/factories';
import { getUserActivity, USER_CASES_PAGE_SIZE } from './user-activity';

describe('everything a user touched', () => {
  it('lists the cases the user’s events were about or showed, the other records, and what they did', async () => {
    const staff = await makeAreaWithStaff();
    const { as, area, users: u } = staff;
    const one = await makeAcceptedCase(staff, { victim: 'Touched One' });
    const two = await makeAcceptedCase(staff, { victim: 'Touched Two' });
    const untouched = await makeAcceptedCase(staff, { victim: 'Not Touched' });
    await getCase(as.coordinator, one.id);
    await getCase(as.coordinator, one.id);
    await listAgencies(as.coordinator);
    const db = await getDb();
    // An agenda the coordinator opened that showed both cases, and a refusal naming a case.
    await db.insert(auditEvents).values([
      { areaId: area.id, userId: u.coordinator.id, role: 'coordinator', action: 'agenda.view', resourceType: 'meeting', resourceId: randomUUID(), caseIds: [one.id, two.id], outcome: 'allowed' },
      { areaId: area.id, userId: u.coordinator.id, role: 'coordinator', action: 'case.reveal_protected', resourceType: 'case', resourceId: two.id, outcome: 'denied', detail: 'reason_too_short' },
    ]);
    await getCase(as.officer, untouched.id);

    const lead = await signedIn((await makeUser(staff.agencies.csp.id, 'ig_lead')).id);
    const activity = await getUserActivity(lead, u.coordinator.id, {});
    expect(activity.user).toMatchObject({ id: u.coordinator.id, name: u.coordinator.name, role: 'coordinator', active: true });
    expect(activity.cases.map((c) => [c.number, c.events, c.refused])).toEqual(
      expect.arrayContaining([
        [one.number, 3, 0],
        [two.number, 2, 1],
      ]),
    );
    expect(activity.cases.map((c) => c.caseId)).not.toContain(untouched.id);
    expect(activity.casesTotal).toBe(2);
    expect(activity.cases.every((c) => c.canOpenCase === false)).toBe(true);
    expect(activity.canSeeCaseAccess).toBe(true);
    expect(activity.records).toEqual(expect.arrayContaining([{ resourceType: 'case', records: 2, events: 3 }, expect.objectContaining({ resourceType: 'agency', events: 1 })]));
    expect(activity.actions).toEqual(expect.arrayContaining([{ action: 'case.view', outcome: 'allowed', events: 2 }, { action: 'case.reveal_protected', outcome: 'denied', events: 1 }]));
    expect(activity.events).toBe(5);
    expect(JSON.stringify(activity)).not.toContain('Touched One');

    const [viewing] = await auditEventsOf(lead.requestId);
    expect(viewing).toMatchObject({ action: 'audit.user_activity', resourceType: 'user', resourceId: u.coordinator.id, outcome: 'allowed' });

    // The coordinator, who may open every case of the area, is offered the cases themselves.
    const asCoordinator = await getUserActivity(as.coordinator, u.coordinator.id, {});
    expect(asCoordinator.cases.every((c) => c.canOpenCase)).toBe(true);
    expect((await getUserActivity(as.coordinator, u.coordinator.id, { to: '2000-01-01' })).cases).toEqual([]);
  });

  it('pages the cases touched in SQL', async () => {
    const staff = await makeAreaWithStaff();
    const made = [];
    for (let i = 0; i < USER_CASES_PAGE_SIZE + 3; i++) made.push(await makeAcceptedCase(staff, { victim: `Paged ${i}` }));
    const db = await getDb();
    await db.execute(sql`
      insert into audit_events (occurred_at, area_id, user_id, role, action, resource_type, case_ids, outcome)
      values (now(), ${staff.area.id}, ${staff.users.officer.id}, 'agency', 'minutes.view', 'meeting', ${`{${made.map((c) => c.id).join(',')}}`}::uuid[], 'allowed')`);
    const first = await getUserActivity(staff.as.admin, staff.users.officer.id, {});
    expect([first.casesTotal, first.cases.length]).toEqual([USER_CASES_PAGE_SIZE + 3, USER_CASES_PAGE_SIZE]);
    const second = await getUserActivity(staff.as.admin, staff.users.officer.id, { page: 2 });
    expect(second.cases).toHaveLength(3);
    expect(new Set([...first.cases, ...second.cases].map((c) => c.caseId)).size).toBe(USER_CASES_PAGE_SIZE + 3);
    expect((await getUserActivity(staff.as.admin, staff.users.officer.id, { page: 40 })).page).toBe(2);
  });

  it('is refused to those who do not read the audit log, and for a user of another area answers “not found”', async () => {
    const mine = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    await expect(getUserActivity(mine.as.officer, mine.users.coordinator.id, {})).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(mine.as.officer, { action: 'audit.list', outcome: 'denied', resourceType: 'user', resourceId: mine.users.coordinator.id, detail: 'not_permitted' });
    await expect(getUserActivity(mine.as.coordinator, theirs.users.officer.id, {})).rejects.toMatchObject({ asNotFound: true });
    await expectAudit(mine.as.coordinator, { action: 'audit.list', outcome: 'denied', resourceType: 'user', resourceId: theirs.users.officer.id, detail: 'not_found' });
  });
});
