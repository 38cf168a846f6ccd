import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';

describe('the audit log is append-only', () => {
  async function oneEvent() {
    const db = await getDb();
    await db.transaction((tx) => recordAudit(tx, { requestId: 'trigger-test' }, { action: 'test.event', resourceType: 'test' }));
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
    return { db, n };
  }

  it.each([
    ['UPDATE', sql`update audit_events set action = 'changed'`],
    ['DELETE', sql`delete from audit_events`],
    ['TRUNCATE', sql`truncate audit_events`],
  ])('rejects %s', async (_op, statement) => {
    const { db, n } = await oneEvent();
    // drizzle wraps the database's error; its cause carries the trigger's message.
    await expect(db.execute(statement)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/append-only/) } });
    const [{ n: after }] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
    expect(after).toBe(n);
    const [{ changed }] = await db.select({ changed: sql<number>`count(*)::int` }).from(auditEvents).where(sql`action = 'changed'`);
    expect(changed).toBe(0);
  });
});
