import 'server-only';
import path from 'node:path';
import type { MigrationConfig } from 'drizzle-orm/migrator';
import { getDb } from './client';

const config: MigrationConfig = { migrationsFolder: path.join(process.cwd(), 'db', 'migrations') };

/** Applies the committed migrations; the same SQL runs on PGlite and PostgreSQL. */
export async function migrateDb(): Promise<void> {
  const db = await getDb();
  if (process.env.DATABASE_URL) {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    await migrate(db as never, config);
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(db as never, config);
  }
}
