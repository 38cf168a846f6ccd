import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, type Tx } from '@/db/client';
import { runAsAppRole, type RowScope } from '@/db/app-role';
import { rowsOf } from '@/db/rows';
import { todayInUk } from '@/db/clock';
import { daysAfter } from '@/lib/dates/calendar-date';
import { recordAudit } from '@/lib/audit/record';
import { inTransaction } from '@/lib/logging/transaction';
import { recordIncident } from '@/lib/incidents/log';
import { addPastedText } from '@/lib/incidents/attachments';
import { createOrder } from '@/lib/orders/register';
import { recordPreservationRequest } from '@/lib/preservation/requests';
import { makeAreaWithStaff, makeUser, signedIn } from '@/test/factories';
import { makeAcceptedCase, makeReferral } from '@/test/cases';
import { entryInput } from '@/test/incidents';
import type { Viewer } from '@/lib/auth/viewer-type';
import { relationsFor } from '.';
import { caseworkActions, tablesWithoutRowSecurity, tablesWithRowSecurity } from './row-security';

type Staff = Awaited<ReturnType<typeof makeAreaWithStaff>>;
const asScope = (v: Viewer): RowScope => ({ viewer: { userId: v.userId, agencyId: v.agencyId, role: v.role, areaId: v.areaId } });

/**
 * Runs statements as the app role for a scope, with no check of the app's in between: what the
 * database alone lets through. Rolled back, so a write that got through changes nothing for the next test.
 */
async function asDatabaseAlone<T>(scope: RowScope | null, work: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  let result: T;
  await db
    .transaction(async (tx) => {
      if (scope) await runAsAppRole(tx, scope);
      else await tx.execute(sql`set local role marac_app`);
      result = await work(tx);
      throw new RolledBack();
    })
    .catch((err) => {
      if (!(err instanceof RolledBack)) throw err;
    });
  return result!;
}
class RolledBack extends Error {}

const count = async (tx: Tx, query: SQL) => Number(rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from (${query}) q`))[0].n);

/** What a scope sees of one case: its rows in each table that holds its people's details and casework. */
async function seenOfCase(tx: Tx, caseId: string) {
  const of = (table: string) => count(tx, sql`select 1 from ${sql.identifier(table)} where case_id = ${caseId}`);
  return {
    cases: await count(tx, sql`select 1 from cases where id = ${caseId}`),
    referrals: await of('referrals'),
    incidents: await of('incidents'),
    incident_versions: await count(tx, sql`select 1 from incident_versions v join incidents i on i.id = v.incident_id where i.case_id = ${caseId}`),
    attachments: await of('attachments'),
    attachment_blobs: await count(tx, sql`select 1 from attachment_blobs b`),
    protective_orders: await of('protective_orders'),
    order_events: await count(tx, sql`select 1 from order_events e join protective_orders o on o.id = e.order_id where o.case_id = ${caseId}`),
    preservation_requests: await of('preservation_requests'),
  };
}

/** A case of the area with a referral by the police, an incident with a file, an order and a preservation request. */
async function caseWithCasework(staff: Staff) {
  const c = await makeAcceptedCase(staff, { victim: 'Wall Victim' });
  const today = todayInUk();
  await recordIncident(staff.as.officer, entryInput(c.id, { on: daysAfter(today, -3), channel: 'text_message', summary: 'Texts all night' }));
  await addPastedText(staff.as.officer, { caseId: c.id, number: 1, title: 'The texts', text: 'From: unknown number\nYou cannot hide' });
  await createOrder(staff.as.officer, {
    caseId: c.id, type: 'spo_full', court: 'Kestrel Vale Magistrates’ Court', reference: 'SPO/9', appliedOn: daysAfter(today, -20), madeOn: daysAfter(today, -10),
    servedOn: daysAfter(today, -6), expiresOn: daysAfter(today, 200), conditions: 'No contact', protectedPeople: 'The victim',
  } as never);
  await recordPreservationRequest(staff.as.officer, {
    caseId: c.id, platform: 'Chatterbox', accountIdentifiers: '@wall_account', whatToPreserve: 'Messages', status: 'sent', sentOn: daysAfter(today, -2), platformReference: '', deadlineOn: '',
  } as never);
  return c;
}

describe('row-level security, the database’s own wall', () => {
  it('is enabled and forced on every table but those named as holding no personal data', async () => {
    const db = await getDb();
    const tables = rowsOf<{ name: string; rls: boolean; forced: boolean }>(
      await db.execute(sql`select c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced
        from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' order by 1`),
    );
    const exempt = Object.keys(tablesWithoutRowSecurity);
    // A new table fails here until it has a policy (lib/authz/row-security.ts) or is named as holding nothing personal.
    expect(tables.filter((t) => !exempt.includes(t.name) && !(t.rls && t.forced)).map((t) => t.name)).toEqual([]);
    expect(tables.map((t) => t.name).sort()).toEqual([...exempt, ...tablesWithRowSecurity()].sort());
    const policies = rowsOf<{ table: string }>(await db.execute(sql`select distinct tablename as "table" from pg_policies where schemaname = 'public' and 'marac_app' = any(roles)`));
    expect(policies.map((p) => p.table).sort()).toEqual(tablesWithRowSecurity().sort());
  });

  it('builds the casework’s rule from case.view: each casework action reaches the same cases', () => {
    for (const action of caseworkActions) {
      for (const role of ['admin', 'coordinator', 'chair', 'agency', 'ig_lead'] as const) {
        expect({ action, role, relations: relationsFor({ role }, action) }).toEqual({ action, role, relations: relationsFor({ role }, 'case.view') });
      }
    }
  });

  it('shows a case’s referral and casework only to those who may see the case, whatever the query asks', async () => {
    const staff = await makeAreaWithStaff();
    const c = await caseWithCasework(staff);
    const everything = await asDatabaseAlone({ system: true }, (tx) => seenOfCase(tx, c.id));
    expect(everything).toMatchObject({ cases: 1, referrals: 1, incidents: 1, incident_versions: 1, attachments: 1, protective_orders: 1, preservation_requests: 1 });
    expect(everything.attachment_blobs).toBeGreaterThan(0);
    expect(everything.order_events).toBeGreaterThan(0);

    // The police referred it; the coordinator and the chair see every case of the area.
    for (const viewer of [staff.as.officer, staff.as.coordinator, staff.as.chair]) {
      expect(await asDatabaseAlone(asScope(viewer), (tx) => seenOfCase(tx, c.id))).toMatchObject({ referrals: 1, incidents: 1, attachments: 1, protective_orders: 1, preservation_requests: 1 });
    }
    // Housing has no part in it; the administrator and the IG lead see no case content. The case's row (its number) is the area's.
    const igLead = await signedIn((await makeUser(staff.agencies.csp.id, 'ig_lead')).id);
    for (const viewer of [staff.as.housingOfficer, staff.as.admin, igLead]) {
      const seen = await asDatabaseAlone(asScope(viewer), (tx) => seenOfCase(tx, c.id));
      expect(seen, viewer.role).toEqual({
        cases: 1, referrals: 0, incidents: 0, incident_versions: 0, attachments: 0, attachment_blobs: 0, protective_orders: 0, order_events: 0, preservation_requests: 0,
      });
    }
    // Another area's coordinator sees nothing of it, not even its number.
    const theirs = await makeAreaWithStaff();
    expect(Object.values(await asDatabaseAlone(asScope(theirs.as.coordinator), (tx) => seenOfCase(tx, c.id))).every((n) => n === 0)).toBe(true);
    // A transaction that says nobody sees nothing at all.
    expect(Object.values(await asDatabaseAlone(null, (tx) => seenOfCase(tx, c.id))).every((n) => n === 0)).toBe(true);
  });

  it('keeps every row of an area from another area’s users, and a draft referral with its agency and the coordinators', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    await makeAcceptedCase(ours, { victim: 'Area Victim' });
    const draft = await makeReferral(ours, { victim: 'Draft Victim', status: 'draft' });
    const areaRows = (tx: Tx, areaId: string) =>
      Promise.all([
        count(tx, sql`select 1 from cases where area_id = ${areaId}`),
        count(tx, sql`select 1 from referrals where area_id = ${areaId}`),
        count(tx, sql`select 1 from agencies where area_id = ${areaId}`),
        count(tx, sql`select 1 from users u join agencies a on a.id = u.agency_id where a.area_id = ${areaId}`),
        count(tx, sql`select 1 from users where agency_id in (${sql.join(Object.values(ours.agencies).map((a) => sql`${a.id}`), sql`, `)})`),
        count(tx, sql`select 1 from sessions where user_id = ${ours.users.officer.id}`),
        count(tx, sql`select 1 from audit_events where area_id = ${areaId}`),
        count(tx, sql`select 1 from areas where id = ${areaId}`),
      ]);
    await inTransaction({ verb: 'test' }, (tx) => recordAudit(tx, ours.as.coordinator, { action: 'case.list', resourceType: 'case' }));
    // Our coordinator: the case, both referrals, the three agencies, the five users, not the officer's sessions (the admin's to see), the event, the area.
    expect(await asDatabaseAlone(asScope(ours.as.coordinator), (tx) => areaRows(tx, ours.area.id))).toEqual([1, 2, 3, 5, 5, 0, 1, 1]);
    expect(await asDatabaseAlone(asScope(theirs.as.coordinator), (tx) => areaRows(tx, ours.area.id))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(await asDatabaseAlone(asScope(theirs.as.admin), (tx) => areaRows(tx, ours.area.id))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);

    const draftSeen = (v: Viewer) => asDatabaseAlone(asScope(v), (tx) => count(tx, sql`select 1 from referrals where id = ${draft.id}`));
    expect(await draftSeen(ours.as.officer)).toBe(1);
    expect(await draftSeen(ours.as.coordinator)).toBe(1);
    expect(await draftSeen(ours.as.housingOfficer)).toBe(0);
    expect(await draftSeen(ours.as.admin)).toBe(0);
  });

  it('shows an agency user their own audit events only, and a user’s sessions to that user and the area’s administrators', async () => {
    const staff = await makeAreaWithStaff();
    for (const v of [staff.as.housingOfficer, staff.as.coordinator, staff.as.officer]) {
      await inTransaction({ verb: 'test' }, (tx) => recordAudit(tx, v, { action: 'case.list', resourceType: 'case' }));
    }
    const events = (v: Viewer) =>
      asDatabaseAlone(asScope(v), async (tx) =>
        rowsOf<{ mine: number; others: number }>(
          await tx.execute(sql`select count(*) filter (where user_id = ${v.userId})::int as mine, count(*) filter (where user_id is distinct from ${v.userId})::int as others
            from audit_events where area_id = ${staff.area.id}`),
        )[0],
      );
    const housing = await events(staff.as.housingOfficer);
    expect(housing.mine).toBeGreaterThan(0);
    expect(housing.others).toBe(0);
    expect((await events(staff.as.coordinator)).others).toBeGreaterThan(0);

    const officersSessions = (v: Viewer) => asDatabaseAlone(asScope(v), (tx) => count(tx, sql`select 1 from sessions where user_id = ${staff.users.officer.id}`));
    expect(await officersSessions(staff.as.officer)).toBe(1);
    expect(await officersSessions(staff.as.admin)).toBe(1);
    expect(await officersSessions(staff.as.housingOfficer)).toBe(0);
    expect(await officersSessions(staff.as.coordinator)).toBe(0);
  });

  it('refuses writes outside the wall: a row for a case the writer may not see, a change to another agency’s referral or another area’s user', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    const c = await makeAcceptedCase(ours, { victim: 'Write Victim' });
    const refusal = async (scope: RowScope, statement: SQL) =>
      asDatabaseAlone(scope, async (tx) => {
        try {
          await tx.execute(sql`savepoint attempt`);
          await tx.execute(statement);
          return 'not refused';
        } catch (err) {
          await tx.execute(sql`rollback to savepoint attempt`);
          return String((err as { cause?: { message?: string } }).cause?.message ?? (err as Error).message);
        }
      });
    const housing = asScope(ours.as.housingOfficer);
    expect(await refusal(housing, sql`insert into incidents (area_id, case_id, number) values (${ours.area.id}, ${c.id}, 99)`)).toMatch(/row-level security/);
    expect(await refusal(asScope(theirs.as.coordinator), sql`insert into meetings (area_id, starts_at) values (${ours.area.id}, now())`)).toMatch(/row-level security/);
    expect(await refusal(asScope(theirs.as.coordinator), sql`insert into audit_events (area_id, action, resource_type, outcome) values (${ours.area.id}, 'case.view', 'case', 'allowed')`)).toMatch(/row-level security/);

    // An update the wall hides changes nothing: no row matched.
    const changed = (scope: RowScope, statement: SQL) => asDatabaseAlone(scope, async (tx) => rowsOf(await tx.execute(sql`${statement} returning 1`)).length);
    expect(await changed(housing, sql`update referrals set victim_name = 'Changed' where case_id = ${c.id}`)).toBe(0);
    expect(await changed(asScope(theirs.as.admin), sql`update users set active = false where id = ${ours.users.officer.id}`)).toBe(0);
    expect(await changed(asScope(theirs.as.coordinator), sql`update cases set status = 'closed' where id = ${c.id}`)).toBe(0);
    expect(await changed(asScope(ours.as.coordinator), sql`update cases set status = 'closed' where id = ${c.id}`)).toBe(1);
  });

  it('gives whoever names a session that session, its user and their unread count, and nothing else', async () => {
    const staff = await makeAreaWithStaff();
    const officer = staff.as.officer;
    const seen = await asDatabaseAlone(null, async (tx) => ({
      viewer: rowsOf<Record<string, unknown>>(await tx.execute(sql`select * from marac_viewer_of_session(${officer.sessionId}, 99)`)),
      unknown: await count(tx, sql`select 1 from marac_viewer_of_session(${crypto.randomUUID()}, 99)`),
      sessions: await count(tx, sql`select 1 from sessions`),
      users: await count(tx, sql`select 1 from users`),
      cases: await count(tx, sql`select 1 from cases`),
    }));
    expect(seen.viewer).toHaveLength(1);
    expect(seen.viewer[0]).toMatchObject({ session_id: officer.sessionId, user_id: officer.userId, agency_id: officer.agencyId, area_id: officer.areaId, role: officer.role, unread: 0 });
    // Without a scope, the tables themselves show nothing.
    expect(seen).toMatchObject({ unknown: 0, sessions: 0, users: 0, cases: 0 });
  });
});
