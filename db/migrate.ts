import 'server-only';
import path from 'node:path';
import type { MigrationConfig } from 'drizzle-orm/migrator';
import { getDb, type Db } from './client';
import * as schema from './schema';
import { grantAppRole } from './app-role';
// The one import of lib/ in db/: the row-level security policies are the access model's (lib/authz).
import { installRowSecurity } from '@/lib/authz/row-security';

const config: MigrationConfig = { migrationsFolder: path.join(process.cwd(), 'db', 'migrations') };

/**
 * Applies the committed migrations (the same SQL on PGlite and PostgreSQL), then sets the app role's
 * privileges from their one rule (db/app-role.ts) and installs the row-level security policies built
 * from the access model (lib/authz/row-security.ts). On PostgreSQL it connects as the owner:
 * DATABASE_OWNER_URL when set, else DATABASE_URL (a development set-up with one role).
 */
export async function migrateDb(): Promise<void> {
  const ownerUrl = process.env.DATABASE_OWNER_URL;
  if (process.env.DATABASE_URL && ownerUrl && ownerUrl !== process.env.DATABASE_URL) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(ownerUrl, { max: 1, onnotice: () => {} });
    try {
      await migrateWith(drizzle({ client, schema }) as unknown as Db);
    } finally {
      await client.end();
    }
    return;
  }
  await migrateWith(await getDb());
}

async function migrateWith(db: Db): Promise<void> {
  if (process.env.DATABASE_URL) {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    await migrate(db as never, config);
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(db as never, config);
  }
  await grantAppRole(db);
  await installRowSecurity(db);
}
