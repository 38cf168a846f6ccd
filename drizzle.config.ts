import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from db/schema. Migrations are applied in code (db/migrate.ts),
// the same way for PGlite and PostgreSQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
