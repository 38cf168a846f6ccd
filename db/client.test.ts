import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { users } from '@/db/schema';

// PostgreSQL's alone: PGlite runs in the process and has no statements to name.
describe.skipIf(!process.env.DATABASE_URL)('the PostgreSQL handle', () => {
  it('sends each statement as a named prepared statement, parsed once per connection, in transactions and savepoints too', async () => {
    const db = await getDb();
    const found = await db.transaction(async (tx) => {
      for (const id of ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']) {
        await tx.select({ id: users.id }).from(users).where(sql`${users.id} = ${id} and 'client-test-top' <> ''`);
      }
      await tx.transaction(async (inner) => {
        await inner.select({ id: users.id }).from(users).where(sql`${users.id} = ${'00000000-0000-4000-8000-000000000003'} and 'client-test-savepoint' <> ''`);
      });
      return rowsOf<{ statement: string }>(await tx.execute(sql`select statement from pg_prepared_statements where statement like '%client-test-%' and statement not like '%pg_prepared_statements%'`));
    });
    expect(found.map((r) => r.statement.includes('client-test-top') ? 'top' : 'savepoint').sort()).toEqual(['savepoint', 'top']);
  });
});
