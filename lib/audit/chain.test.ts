import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { auditChainHeads, auditEvents } from '@/db/schema';
import { makeArea } from '@/test/factories';
import { GENESIS_HASH, describeBreak, eventHash, verifyAuditChain, type ChainReport } from './chain';
import { recordAudit } from './record';

/** Writes n events in an area, each in its own transaction, and returns their ids in order. */
async function writeEvents(areaId: string, n: number, entry: Partial<Parameters<typeof recordAudit>[2]> = {}): Promise<number[]> {
  const db = await getDb();
  const requestId = randomUUID();
  for (let i = 0; i < n; i++) {
    await db.transaction((tx) => recordAudit(tx, { areaId, requestId, role: 'coordinator' }, { action: 'test.chain', resourceType: 'test', resourceId: String(i), ...entry }));
  }
  const rows = await db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.requestId, requestId)).orderBy(asc(auditEvents.id));
  return rows.map((r) => r.id);
}

const areaOf = (report: ChainReport, areaId: string) => report.areas.find((a) => a.areaId === areaId);

/** Runs statements as the tables' owner would to tamper: in one transaction with the log's triggers turned off for it. */
async function tamper(...statements: ReturnType<typeof sql>[]) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_events disable trigger user`);
    for (const s of statements) await tx.execute(s);
    await tx.execute(sql`alter table audit_events enable trigger user`);
  });
}

describe('the audit log is hash-chained per area', () => {
  it('numbers each area’s events from 1 and links each to the one before it; the check passes', async () => {
    const area = await makeArea();
    const other = await makeArea();
    const ids = await writeEvents(area.id, 3);
    await writeEvents(other.id, 2);
    const db = await getDb();
    const rows = await db.select().from(auditEvents).where(eq(auditEvents.areaId, area.id)).orderBy(asc(auditEvents.seq));
    expect(rows.map((r) => [r.id, r.seq])).toEqual(ids.map((id, i) => [id, i + 1]));
    expect(rows[0].prevHash).toBe(GENESIS_HASH);
    expect(rows[1].prevHash).toBe(rows[0].hash);
    expect(rows[2].prevHash).toBe(rows[1].hash);
    const [head] = await db.select().from(auditChainHeads).where(eq(auditChainHeads.areaKey, area.id));
    expect(head).toMatchObject({ seq: 3, hash: rows[2].hash, eventId: ids[2] });
    const report = await verifyAuditChain(db, { batchSize: 2 });
    expect(areaOf(report, area.id)).toMatchObject({ events: 3, headSeq: 3, broken: null });
    expect(areaOf(report, other.id)).toMatchObject({ events: 2, broken: null });
  });

  it('ignores what an insert says its number and hashes are', async () => {
    const area = await makeArea();
    const db = await getDb();
    await db.insert(auditEvents).values({ areaId: area.id, action: 'test.forged_fields', resourceType: 'test', outcome: 'allowed', seq: 99, prevHash: 'x', hash: 'y' });
    const [row] = await db.select().from(auditEvents).where(eq(auditEvents.areaId, area.id));
    expect(row).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the same canonical form in the database as in TypeScript, whatever the text holds', async () => {
    const area = await makeArea();
    const odd = 'quote " backslash \\ newline \n tab \t control \u0001 accents é ü, emoji 🙂, [brackets], {"json": 1}';
    await writeEvents(area.id, 1, { detail: odd, justification: odd, caseIds: [randomUUID(), randomUUID()], caseId: randomUUID() });
    const db = await getDb();
    const report = await verifyAuditChain(db);
    expect(areaOf(report, area.id)).toMatchObject({ events: 1, broken: null });
    // And the TypeScript form is what is checked: a different hash of the same event does not pass.
    expect(eventHash({ id: '1', areaId: null, seq: '1', occurredAt: '2026-01-01T00:00:00.000000Z', userId: null, agencyId: null, role: null, action: 'a', resourceType: 'b', resourceId: null, caseId: null, caseIds: null, outcome: 'allowed', justification: null, detail: null, requestId: null, prevHash: GENESIS_HASH })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds an event edited out of band and names it', async () => {
    const area = await makeArea();
    const ids = await writeEvents(area.id, 5);
    await tamper(sql`update audit_events set detail = 'rewritten' where id = ${ids[2]}`);
    const report = await verifyAuditChain(await getDb(), { batchSize: 2 });
    expect(report.ok).toBe(false);
    expect(areaOf(report, area.id)?.broken).toEqual({ areaId: area.id, problem: 'hash_mismatch', eventId: ids[2], seq: 3 });
  });

  it('finds an event edited with its hash recomputed, at the event after it', async () => {
    const area = await makeArea();
    const ids = await writeEvents(area.id, 4);
    await tamper(sql`update audit_events set action = 'test.rewritten' where id = ${ids[1]}`, sql`update audit_events e set hash = audit_event_hash(e) where id = ${ids[1]}`);
    const report = await verifyAuditChain(await getDb());
    expect(areaOf(report, area.id)?.broken).toEqual({ areaId: area.id, problem: 'previous_hash_mismatch', eventId: ids[2], seq: 3 });
  });

  it('finds an event deleted out of band, at the event after the gap', async () => {
    const area = await makeArea();
    const ids = await writeEvents(area.id, 5);
    await tamper(sql`delete from audit_events where id = ${ids[1]}`);
    const report = await verifyAuditChain(await getDb());
    expect(areaOf(report, area.id)?.broken).toEqual({ areaId: area.id, problem: 'sequence_gap', eventId: ids[2], seq: 3, missingFrom: 2 });
    expect(describeBreak(areaOf(report, area.id)!.broken!)).toBe(`area ${area.id}: sequence_gap at event ${ids[2]} (seq 3, seq 2 missing)`);
  });

  it('finds the last events deleted out of band, against the chain’s head', async () => {
    const area = await makeArea();
    const ids = await writeEvents(area.id, 4);
    await tamper(sql`delete from audit_events where id in (${ids[2]}, ${ids[3]})`);
    const report = await verifyAuditChain(await getDb());
    expect(areaOf(report, area.id)?.broken).toEqual({ areaId: area.id, problem: 'end_missing', eventId: null, seq: 3 });
  });

  it('finds an event inserted out of band with the trigger turned off, and names it', async () => {
    const area = await makeArea();
    await writeEvents(area.id, 3);
    const db = await getDb();
    const [head] = await db.select().from(auditChainHeads).where(eq(auditChainHeads.areaKey, area.id));
    // A forger who gives the next number and the head's hash, but cannot make the hash without the event's id.
    await tamper(
      sql`insert into audit_events (area_id, action, resource_type, outcome, seq, prev_hash, hash)
          values (${area.id}, 'test.forged', 'test', 'allowed', 4, ${head.hash}, ${'f'.repeat(64)})`,
    );
    const [forged] = await db.select().from(auditEvents).where(and(eq(auditEvents.areaId, area.id), eq(auditEvents.action, 'test.forged')));
    const report = await verifyAuditChain(db);
    expect(areaOf(report, area.id)?.broken).toEqual({ areaId: area.id, problem: 'hash_mismatch', eventId: forged.id, seq: 4 });
    // The app goes on writing; the forged event stays named first.
    await writeEvents(area.id, 1);
    const again = await verifyAuditChain(db);
    expect(areaOf(again, area.id)?.broken).toMatchObject({ eventId: forged.id });
  });

  it('finds an event inserted out of band in the middle, with a number already taken', async () => {
    const area = await makeArea();
    await writeEvents(area.id, 3);
    await tamper(sql`insert into audit_events (area_id, action, resource_type, outcome, seq) values (${area.id}, 'test.forged', 'test', 'allowed', 2)`);
    const db = await getDb();
    const [forged] = await db.select().from(auditEvents).where(and(eq(auditEvents.areaId, area.id), eq(auditEvents.action, 'test.forged')));
    const report = await verifyAuditChain(db);
    expect(areaOf(report, area.id)?.broken).toEqual({ areaId: area.id, problem: 'sequence_repeated', eventId: forged.id, seq: 2 });
  });

  it('finds events of an area with no chain, inserted with the trigger turned off', async () => {
    const area = await makeArea();
    await tamper(sql`insert into audit_events (area_id, action, resource_type, outcome) values (${area.id}, 'test.forged', 'test', 'allowed')`);
    const db = await getDb();
    const [forged] = await db.select().from(auditEvents).where(eq(auditEvents.areaId, area.id));
    const report = await verifyAuditChain(db);
    expect(areaOf(report, area.id)?.broken).toEqual({ areaId: area.id, problem: 'sequence_repeated', eventId: forged.id, seq: 0 });
  });

  it('chains the rows of one INSERT of many, and many INSERTs in one transaction, in order', async () => {
    const area = await makeArea();
    const db = await getDb();
    await db.insert(auditEvents).values(Array.from({ length: 50 }, (_, i) => ({ areaId: area.id, action: 'test.bulk', resourceType: 'test', resourceId: String(i), outcome: 'allowed' as const })));
    await db.transaction(async (tx) => {
      for (let i = 0; i < 50; i++) await recordAudit(tx, { areaId: area.id }, { action: 'test.bulk_tx', resourceType: 'test', resourceId: String(i) });
    });
    const report = await verifyAuditChain(db, { batchSize: 30 });
    expect(areaOf(report, area.id)).toMatchObject({ events: 100, headSeq: 100, broken: null });
  });

  it('refuses to chain an event written under REPEATABLE READ, which could fork the chain', async () => {
    const area = await makeArea();
    const db = await getDb();
    await expect(
      db.transaction((tx) => recordAudit(tx, { areaId: area.id }, { action: 'test.isolation', resourceType: 'test' }), { isolationLevel: 'repeatable read' }),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/READ COMMITTED only/) } });
  });

  it('keeps one unbroken chain under 200 concurrent writers', async () => {
    const area = await makeArea();
    await writeEvents(area.id, 1);
    // On PostgreSQL, a pool of its own large enough for many writers at once; PGlite has one connection.
    let db: Db = await getDb();
    let close = async () => {};
    if (process.env.DATABASE_URL) {
      const { default: postgres } = await import('postgres');
      const { drizzle } = await import('drizzle-orm/postgres-js');
      const client = postgres(process.env.DATABASE_URL, { max: 40, onnotice: () => {} });
      db = drizzle({ client }) as unknown as Db;
      close = () => client.end();
    }
    try {
      const requestId = randomUUID();
      await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          db.transaction(async (tx) => {
            await recordAudit(tx, { areaId: area.id, requestId }, { action: 'test.concurrent', resourceType: 'test', resourceId: String(i) });
            // Some work after the event, as a verb does, while others wait for the area's chain.
            await tx.execute(sql`select pg_sleep(0.002)`);
            if (i % 2 === 0) await recordAudit(tx, { areaId: null, requestId }, { action: 'test.concurrent_no_area', resourceType: 'test', resourceId: String(i) });
          }),
        ),
      );
    } finally {
      await close();
    }
    const rows = await (await getDb()).select({ seq: auditEvents.seq }).from(auditEvents).where(eq(auditEvents.areaId, area.id)).orderBy(asc(auditEvents.seq));
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 201 }, (_, i) => i + 1));
    const report = await verifyAuditChain(await getDb(), { batchSize: 50 });
    expect(areaOf(report, area.id)).toMatchObject({ events: 201, broken: null });
    expect(report.areas.find((a) => a.areaId === null)?.broken ?? null).toBeNull();
  });
});
