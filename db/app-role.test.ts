import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { APP_ROLE, appPrivileges, runAsAppRole } from '@/db/app-role';
import { rowsOf as rowsOfType } from '@/db/rows';
import { recordAudit } from '@/lib/audit/record';
import { inTransaction } from '@/lib/logging/transaction';

type Row = Record<string, unknown>;
const rowsOf = (result: unknown): Row[] => rowsOfType<Row>(result);

async function query(statement: SQL): Promise<Row[]> {
  return rowsOf(await (await getDb()).execute(statement));
}

/** Runs a statement as the app role, in a transaction of its own, and returns the database's refusal. */
async function refusalAsApp(statement: SQL): Promise<string> {
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      await runAsAppRole(tx, { system: true });
      await tx.execute(statement);
    });
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause;
    return cause?.message ?? (err as Error).message;
  }
  return 'not refused';
}

describe('the app role', () => {
  it('is what every transaction of the app runs as', async () => {
    const [row] = await inTransaction({ verb: 'test' }, async (tx) => rowsOf(await tx.execute(sql`select current_user as role`)));
    expect(row.role).toBe(APP_ROLE);
  });

  it('is no superuser, cannot bypass row-level security, and owns nothing', async () => {
    const [role] = await query(sql`select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = ${APP_ROLE}`);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false });
    const [{ owned }] = await query(sql`select count(*)::int as owned from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = ${APP_ROLE}`);
    expect(owned).toBe(0);
  });

  it('holds on every table exactly the privileges of the rule, and TRUNCATE on none', async () => {
    const tables = await query(sql`select tablename from pg_tables where schemaname = 'public' order by 1`);
    expect(tables.length).toBeGreaterThan(30);
    for (const { tablename } of tables) {
      const held = await query(sql`select p as privilege from unnest(array['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) p
        where has_table_privilege(${APP_ROLE}, ${`public.${tablename as string}`}, p)`);
      expect({ table: tablename, held: held.map((r) => r.privilege).sort() }).toEqual({ table: tablename, held: appPrivileges(tablename as string).sort() });
    }
    expect(appPrivileges('audit_events')).toEqual(['SELECT', 'INSERT']);
  });

  it('can add to the audit log and read it', async () => {
    await inTransaction({ verb: 'test' }, (tx) => recordAudit(tx, { requestId: 'app-role-test' }, { action: 'test.event', resourceType: 'test' }));
    const found = await inTransaction({ verb: 'test' }, async (tx) => rowsOf(await tx.execute(sql`select id from audit_events where request_id = 'app-role-test'`)));
    expect(found).toHaveLength(1);
  });

  it.each([
    ['disable the audit trigger', sql`alter table audit_events disable trigger all`, /must be owner/],
    ['rewrite an audit event', sql`update audit_events set action = 'changed'`, /permission denied/],
    ['delete audit events', sql`delete from audit_events`, /permission denied/],
    ['truncate the audit log', sql`truncate audit_events`, /permission denied/],
    ['truncate the cases', sql`truncate cases cascade`, /permission denied/],
    ['move the chain head', sql`update audit_chain_heads set seq = 0`, /permission denied/],
    ['alter a table', sql`alter table cases add column stolen text`, /must be owner/],
    ['create a table', sql`create table public.stolen (x text)`, /permission denied/],
    ['drop a table', sql`drop table sessions`, /must be owner/],
    ['turn off row security', sql`alter table cases disable row level security`, /must be owner/],
  ])('cannot %s', async (_what, statement, refusal) => {
    expect(await refusalAsApp(statement)).toMatch(refusal);
  });

  it('leaves nothing of a transaction on the pooled connection for the next one', async () => {
    const url = process.env.DATABASE_URL;
    if (!url) {
      // PGlite: one connection, as a pool of one.
      const db = await getDb();
      await inTransaction({ verb: 'test' }, async () => {});
      const [after] = rowsOf(await db.execute(sql`select current_user as role`));
      expect(after.role).not.toBe(APP_ROLE);
      return;
    }
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const db = drizzle({ client });
      const viewer = { userId: randomUUID(), agencyId: randomUUID(), role: 'coordinator', areaId: randomUUID() };
      await db.transaction(async (tx) => {
        await runAsAppRole(tx as never, { viewer });
        const [inside] = rowsOf(await tx.execute(sql`select current_user as role, current_setting('marac.area') as area`));
        expect(inside).toEqual({ role: APP_ROLE, area: viewer.areaId });
      });
      await db.transaction(async (tx) => {
        await runAsAppRole(tx as never, { viewer });
        throw new Error('rolled back');
      }).catch(() => {});
      const [after] = rowsOf(
        await db.execute(sql`select current_user as role, current_setting('role') as setting,
          coalesce(current_setting('marac.area', true), '') as area, coalesce(current_setting('marac.user', true), '') as "user",
          coalesce(current_setting('marac.system', true), '') as system`),
      );
      expect(after.role).not.toBe(APP_ROLE);
      expect(after).toMatchObject({ setting: 'none', area: '', user: '', system: '' });
    } finally {
      await client.end();
    }
  });
});
