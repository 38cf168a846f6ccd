import { afterAll, beforeAll } from 'vitest';
import { closeDb } from '@/db/client';
import { migrateDb } from '@/db/migrate';

// Without DATABASE_URL each test file gets its own in-memory PGlite database.
if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = 'memory://';

beforeAll(async () => {
  await migrateDb();
});

afterAll(async () => {
  await closeDb();
});
