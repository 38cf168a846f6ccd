import 'server-only';
import path from 'node:path';
import type { MigrationConfig } from 'drizzle-orm/migrator';
import { getDb, getPglite, type Db } from './client';
import * as schema from './schema';
import { grantAppRole } from './app-role';
// The two imports of lib/ in db/: the row-level security policies are the access model's (lib/authz),
// and the job queue's tables are pg-boss's, with the queues the jobs need (lib/jobs).
import { installRowSecurity } from '@/lib/authz/row-security';
import { installJobQueue, type JobDatabase } from '@/lib/jobs/queues';

const config: MigrationConfig = { migrationsFolder: path.join(process.cwd(), 'db', 'migrations') };

/**
 * Applies the committed migrations (the same SQL on PGlite and PostgreSQL), installs the job queue's
 * schema and queues (lib/jobs/queues.ts), then sets the app role's privileges from their one rule
 * (db/app-role.ts) and installs the row-level security policies built from the access model
 * (lib/authz/row-security.ts). On PostgreSQL it connects as the owner: DATABASE_OWNER_URL when set,
 * else DATABASE_URL (a development set-up with one role). The app itself may then connect as the app
 * role, which can change none of this (decision 0020).
 */
export async function migrateDb(): Promise<void> {
  const ownerUrl = process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL;
  if (!ownerUrl) {
    const pglite = await getPglite();
    await migrateWith(await getDb(), { pglite: pglite! });
    return;
  }
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const client = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await migrateWith(drizzle({ client, schema }) as unknown as Db, { connectionString: ownerUrl });
  } finally {
    await client.end();
  }
}

async function migrateWith(db: Db, jobDatabase: JobDatabase): Promise<void> {
  if ('connectionString' in jobDatabase) {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    await migrate(db as never, config);
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(db as never, config);
  }
  await installJobQueue(jobDatabase);
  await grantAppRole(db);
  await installRowSecurity(db);
}
