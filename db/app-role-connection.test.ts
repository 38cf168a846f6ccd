import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { APP_ROLE, JOB_SCHEMA } from '@/db/app-role';
import { appRoleUrl } from '@/test/database.mjs';
import { makeAreaWithStaff } from '@/test/factories';
import { openBoss } from '@/lib/jobs/queues';
import { jobNames } from '@/lib/jobs/kick';

// Signed in to PostgreSQL as the app role itself, as README's production set-up does (decision 0020):
// not a superuser's connection that switches role per transaction, so nothing it sends can switch back.
// PGlite has one superuser connection, so this is PostgreSQL's alone.
const serverUrl = process.env.DATABASE_URL;
let app: postgres.Sql;

beforeAll(() => {
  if (serverUrl) app = postgres(appRoleUrl(serverUrl), { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await app?.end();
});

/** The database's refusal of a statement sent on the app role's own connection. */
async function refusal(statement: string): Promise<string> {
  try {
    await app.unsafe(statement);
  } catch (err) {
    return (err as Error).message;
  }
  return 'not refused';
}

describe.skipIf(!serverUrl)('the app connected as its role', () => {
  it('is the app role from the first statement, and cannot become another', async () => {
    const [{ role }] = await app`select current_user as role`;
    expect(role).toBe(APP_ROLE);
    await app`reset role`;
    const [{ after }] = await app`select current_user as after`;
    expect(after).toBe(APP_ROLE);
    expect(await refusal('set role postgres')).toMatch(/permission denied/);
    expect(await refusal('set session authorization postgres')).toMatch(/permission denied/);
  });

  it('can create, alter, drop or truncate nothing, in the app’s schema or the job queue’s', async () => {
    expect(await refusal('create table public.made_by_app (id int)')).toMatch(/permission denied/);
    expect(await refusal(`create table ${JOB_SCHEMA}.made_by_app (id int)`)).toMatch(/permission denied/);
    expect(await refusal('alter table audit_events disable trigger user')).toMatch(/must be owner/);
    expect(await refusal(`alter table ${JOB_SCHEMA}.job add column made_by_app int`)).toMatch(/must be owner/);
    expect(await refusal(`drop table ${JOB_SCHEMA}.queue`)).toMatch(/must be owner/);
    expect(await refusal('truncate audit_events')).toMatch(/permission denied/);
    expect(await refusal(`truncate ${JOB_SCHEMA}.job`)).toMatch(/permission denied/);
  });

  it('sees no row of any area when a statement says nobody is asking', async () => {
    await makeAreaWithStaff();
    const [{ users }] = await app`select count(*)::int as users from users`;
    const [{ areas }] = await app`select count(*)::int as areas from areas`;
    expect({ users, areas }).toEqual({ users: 0, areas: 0 });
  });

  it('runs the job queue made by the migration, without migrating it', async () => {
    const boss = openBoss({ connectionString: appRoleUrl(serverUrl!), max: 2 }, { migrate: false });
    await boss.start();
    try {
      for (const name of jobNames) expect(await boss.getQueue(name), name).toMatchObject({ name, policy: 'stately' });
      await boss.schedule('sign-in-counters', '45 3 * * *', null, { tz: 'Europe/London' });
      // A key of its own, so that a job another test file's runner queued does not stand in its way.
      const id = await boss.send('sign-in-counters', null, { singletonKey: `app-role-${randomUUID()}` });
      expect(id).toBeTruthy();
      expect(await boss.getJobById('sign-in-counters', id!)).toMatchObject({ id, state: 'created' });
      await boss.cancel('sign-in-counters', id!);
      expect(await boss.getJobById('sign-in-counters', id!)).toMatchObject({ id, state: 'cancelled' });
      await boss.deleteJob('sign-in-counters', id!);
      expect(await boss.getJobById('sign-in-counters', id!)).toBeNull();
    } finally {
      await boss.stop({ graceful: false });
    }
  });
});
