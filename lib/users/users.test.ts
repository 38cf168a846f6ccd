import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { sessions, users } from '@/db/schema';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { AccessDenied, InputRejected } from '@/lib/errors';
import { expectAudit } from '@/test/audit';
import { auditEventsFor, auditEventsOf, makeAreaWithStaff } from '@/test/factories';
import { createUser } from './create';
import { getUser } from './get';
import { listUsers } from './list';
import { disableUser, enableUser } from './set-active';
import { completeSetup, issueSetupLink, setupLinkIsValid } from './setup-link';
import { createUserSchema, updateUserAccessSchema } from './schemas';
import { roleLabels } from './labels';
import { updateUserAccess } from './update-access';

const tokenOf = (link: string) => link.split('/set-password/')[1];
const userRow = async (id: string) => {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
};

describe('an admin manages the users of their area', () => {
  it('adds an information-governance lead, and makes a user one, through the same forms’ schemas', async () => {
    const { as, agencies, users: u } = await makeAreaWithStaff();
    const input = createUserSchema.parse({ name: 'Nadia Lead', email: `lead-${randomUUID()}@test.example`, role: 'ig_lead', agencyId: agencies.csp.id });
    const created = await createUser(as.admin, input);
    expect((await userRow(created.userId)).role).toBe('ig_lead');
    expect((await auditEventsFor(created.userId))[0]).toMatchObject({ action: 'user.create', detail: 'role_ig_lead' });
    await updateUserAccess(as.admin, updateUserAccessSchema.parse({ userId: u.chair.id, role: 'ig_lead', agencyId: agencies.csp.id }));
    expect((await userRow(u.chair.id)).role).toBe('ig_lead');
    expect(roleLabels.ig_lead).toBe('Information governance lead');
  });

  it('creates a user with no password and a one-time set-up link valid for 72 hours', async () => {
    const { as, agencies } = await makeAreaWithStaff();
    const created = await createUser(as.admin, { name: 'New Person', email: `new-${randomUUID()}@test.example`, role: 'agency', agencyId: agencies.housing.id });

    const row = await userRow(created.userId);
    expect(row.passwordHash).toBeNull();
    expect(row.setupTokenHash).not.toContain(tokenOf(created.setupLink));
    expect(created.expiresAt.getTime() - Date.now()).toBeGreaterThan(71.9 * 3_600_000);
    expect(created.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(72 * 3_600_000);
    const [event] = await auditEventsFor(created.userId);
    expect(event).toMatchObject({ action: 'user.create', outcome: 'allowed', userId: as.admin.userId, requestId: as.admin.requestId });

    const token = tokenOf(created.setupLink);
    expect(await setupLinkIsValid(token)).toBe(true);
    await completeSetup({ token, password: 'a brand new passphrase', confirm: 'a brand new passphrase' }, randomUUID());
    expect(await setupLinkIsValid(token)).toBe(false);
    await expect(completeSetup({ token, password: 'another new passphrase', confirm: 'another new passphrase' }, randomUUID())).rejects.toBeInstanceOf(InputRejected);
    expect(await signInWithPassword({ email: row.email, password: 'a brand new passphrase', requestId: randomUUID() })).not.toBeNull();
  });

  it('replaces a set-up link with a new one: the old link stops working', async () => {
    const { as, agencies } = await makeAreaWithStaff();
    const created = await createUser(as.admin, { name: 'Forgetful', email: `f-${randomUUID()}@test.example`, role: 'agency', agencyId: agencies.police.id });
    const again = await issueSetupLink(as.admin, created.userId);
    expect(await setupLinkIsValid(tokenOf(created.setupLink))).toBe(false);
    expect(await setupLinkIsValid(tokenOf(again.setupLink))).toBe(true);
    expect((await auditEventsFor(created.userId)).map((e) => e.action)).toEqual(['user.create', 'user.issue_setup_link']);
    const hash = (await userRow(created.userId)).setupTokenHash;
    await expect(issueSetupLink(as.coordinator, created.userId)).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(as.coordinator, { action: 'user.issue_setup_link', outcome: 'denied', resourceType: 'user', resourceId: created.userId, detail: 'not_permitted' });
    expect((await userRow(created.userId)).setupTokenHash).toBe(hash);
  });

  it('refuses an expired set-up link', async () => {
    const { as, agencies } = await makeAreaWithStaff();
    const created = await createUser(as.admin, { name: 'Late Person', email: `late-${randomUUID()}@test.example`, role: 'agency', agencyId: agencies.police.id });
    const db = await getDb();
    await db.update(users).set({ setupTokenExpiresAt: new Date(Date.now() - 1000) }).where(eq(users.id, created.userId));
    const rid = randomUUID();
    await expect(completeSetup({ token: tokenOf(created.setupLink), password: 'a brand new passphrase', confirm: 'a brand new passphrase' }, rid)).rejects.toBeInstanceOf(InputRejected);
    await expectAudit({ requestId: rid }, { action: 'user.set_password', outcome: 'denied', resourceType: 'user', resourceId: created.userId, detail: 'link_expired', userId: created.userId });
    expect((await userRow(created.userId)).passwordHash).toBeNull();
  });

  it('refuses a taken email address beside the field', async () => {
    const { as, agencies, users: u } = await makeAreaWithStaff();
    await expect(createUser(as.admin, { name: 'Twin', email: u.officer.email, role: 'agency', agencyId: agencies.police.id })).rejects.toMatchObject({
      fieldErrors: { email: expect.stringContaining('already exists') },
    });
  });

  it('changes role and agency, with the change in the audit event', async () => {
    const { as, users: u, agencies } = await makeAreaWithStaff();
    await updateUserAccess(as.admin, { userId: u.officer.id, role: 'chair', agencyId: agencies.housing.id });
    const row = await userRow(u.officer.id);
    expect(row).toMatchObject({ role: 'chair', agencyId: agencies.housing.id });
    expect((await auditEventsFor(u.officer.id)).at(-1)).toMatchObject({ action: 'user.update', detail: 'role_agency_to_chair,agency_changed' });
  });

  it('disables a user, ending their sessions, and re-enables them', async () => {
    const { as, users: u } = await makeAreaWithStaff();
    const result = await disableUser(as.admin, u.housingOfficer.id);
    expect(result.sessionsEnded).toBe(1);
    const db = await getDb();
    const open = await db.select().from(sessions).where(sql`${sessions.userId} = ${u.housingOfficer.id} and ${sessions.endedAt} is null`);
    expect(open).toHaveLength(0);
    expect(await signInWithPassword({ email: u.housingOfficer.email, password: 'a long test passphrase', requestId: randomUUID() })).toBeNull();

    await enableUser(as.admin, u.housingOfficer.id);
    expect(await signInWithPassword({ email: u.housingOfficer.email, password: 'a long test passphrase', requestId: randomUUID() })).not.toBeNull();
    expect((await auditEventsFor(u.housingOfficer.id)).map((e) => e.action)).toEqual(['user.disable', 'sign_in.failed', 'user.enable']);
  });

  it('does not let an admin disable themself or drop their own admin role', async () => {
    const { as, users: u, agencies } = await makeAreaWithStaff();
    await expect(disableUser(as.admin, u.admin.id)).rejects.toBeInstanceOf(InputRejected);
    await expect(updateUserAccess(as.admin, { userId: u.admin.id, role: 'agency', agencyId: agencies.csp.id })).rejects.toBeInstanceOf(InputRejected);
  });

  it('lists, searches, sorts and pages in SQL', async () => {
    const { as } = await makeAreaWithStaff();
    const all = await listUsers(as.admin, { page: 1, pageSize: 2, sort: 'email', direction: 'desc' });
    expect(all.total).toBe(5);
    expect(all.rows).toHaveLength(2);
    expect(all.rows[0].email > all.rows[1].email).toBe(true);
    const found = await listUsers(as.admin, { page: 1, pageSize: 10, sort: 'name', direction: 'asc', search: 'COORDINATOR' });
    expect(found.rows.map((r) => r.role)).toEqual(['coordinator']);
  });
});

describe('refusals', () => {
  it('refuses non-admins and records each refusal', async () => {
    const { as, users: u, agencies } = await makeAreaWithStaff();
    for (const viewer of [as.coordinator, as.chair, as.officer]) {
      await expect(disableUser(viewer, u.housingOfficer.id)).rejects.toMatchObject({ asNotFound: false });
      await expect(createUser(viewer, { name: 'X', email: `x-${randomUUID()}@test.example`, role: 'admin', agencyId: agencies.csp.id })).rejects.toBeInstanceOf(AccessDenied);
      await expectAudit(viewer, { action: 'user.disable', outcome: 'denied', resourceType: 'user', resourceId: u.housingOfficer.id, detail: 'not_permitted' });
      await expectAudit(viewer, { action: 'user.create', outcome: 'denied', resourceType: 'agency', resourceId: agencies.csp.id, detail: 'not_permitted' });
    }
    expect((await userRow(u.housingOfficer.id)).active).toBe(true);
  });

  it('answers "not found" to an admin of another area, in reads and in changes, and records it', async () => {
    const mine = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    await expect(getUser(mine.as.admin, theirs.users.officer.id)).rejects.toMatchObject({ asNotFound: true });
    await expect(disableUser(mine.as.admin, theirs.users.officer.id)).rejects.toMatchObject({ asNotFound: true });
    await expect(
      updateUserAccess(mine.as.admin, { userId: mine.users.officer.id, role: 'agency', agencyId: theirs.agencies.police.id }),
    ).rejects.toMatchObject({ asNotFound: true });
    await expect(createUser(mine.as.admin, { name: 'X', email: `x-${randomUUID()}@test.example`, role: 'agency', agencyId: theirs.agencies.police.id })).rejects.toMatchObject({ asNotFound: true });
    expect((await userRow(theirs.users.officer.id)).active).toBe(true);
    const denied = (await auditEventsOf(mine.as.admin.requestId)).filter((e) => e.outcome === 'denied');
    expect(denied.map((e) => [e.action, e.resourceType, e.resourceId, e.detail])).toEqual([
      ['user.view', 'user', theirs.users.officer.id, 'not_found'],
      ['user.disable', 'user', theirs.users.officer.id, 'not_found'],
      ['user.update', 'agency', theirs.agencies.police.id, 'not_found'],
      ['user.create', 'agency', theirs.agencies.police.id, 'not_found'],
    ]);
    expect((await userRow(mine.users.officer.id)).agencyId).toBe(mine.agencies.police.id);
  });

  it('lets any user see and end only their own sessions', async () => {
    const { as, users: u } = await makeAreaWithStaff();
    await expect(getUser(as.officer, u.officer.id)).resolves.toMatchObject({ sessions: [expect.objectContaining({ current: true })] });
    await expect(getUser(as.officer, u.chair.id)).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(as.officer, { action: 'user.view', outcome: 'denied', resourceType: 'user', resourceId: u.chair.id, detail: 'not_permitted' });
  });
});
