import { afterAll, beforeAll } from 'vitest';
import { closeDb } from '@/db/client';
import { migrateDb } from '@/db/migrate';

// Without DATABASE_URL each test file gets its own in-memory PGlite database.
if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = 'memory://';
// Authenticator keys are encrypted under a key derived from it (lib/auth/mfa-crypto.ts).
process.env.NEXTAUTH_SECRET ??= 'a secret for the unit tests only, never used elsewhere';

beforeAll(async () => {
  await migrateDb();
});

afterAll(async () => {
  await closeDb();
});
