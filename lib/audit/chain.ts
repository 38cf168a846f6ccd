import 'server-only';
import { createHash } from 'node:crypto';
import { and, asc, eq, gt, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { runAsAppRole } from '@/db/app-role';
import { auditChainHeads, auditEvents } from '@/db/schema/audit';

/** The previous hash of an area's first event. */
export const GENESIS_HASH = '0'.repeat(64);
/** The key of the chain of events that belong to no area (a sign-in with an unknown email). */
export const NO_AREA_KEY = '00000000-0000-0000-0000-000000000000';

/**
 * One event as the chain sees it: every field as the database's text of it, the time as ISO 8601
 * in UTC to the microsecond (JavaScript's Date keeps milliseconds only, so the time is read as text).
 */
export interface ChainedEvent {
  id: string;
  areaId: string | null;
  seq: string;
  occurredAt: string;
  userId: string | null;
  agencyId: string | null;
  role: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  caseId: string | null;
  caseIds: string[] | null;
  outcome: string;
  justification: string | null;
  detail: string | null;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

const json = (v: string | string[] | null) => (v === null ? 'null' : JSON.stringify(v));

/**
 * The canonical form that is hashed, the same as `audit_event_hash` (migration 0021) builds: a version
 * tag, then a JSON array of the fields in a fixed order, with the previous hash last. Ids and the
 * sequence are JSON numbers, written as the database writes them.
 */
export function canonicalForm(e: Omit<ChainedEvent, 'hash'>): string {
  const fields = [
    e.id,
    json(e.areaId),
    e.seq,
    json(e.occurredAt),
    json(e.userId),
    json(e.agencyId),
    json(e.role),
    json(e.action),
    json(e.resourceType),
    json(e.resourceId),
    json(e.caseId),
    json(e.caseIds),
    json(e.outcome),
    json(e.justification),
    json(e.detail),
    json(e.requestId),
    json(e.prevHash),
  ];
  return `marac-audit-v1[${fields.join(',')}]`;
}

export function eventHash(e: Omit<ChainedEvent, 'hash'>): string {
  return createHash('sha256').update(canonicalForm(e), 'utf8').digest('hex');
}

/** What is wrong at the first place an area's chain does not hold. */
export type ChainProblem =
  /** The event's fields do not give its hash: it was changed after it was written. */
  | 'hash_mismatch'
  /** The event does not name the hash of the event before it: one was changed or put in before it. */
  | 'previous_hash_mismatch'
  /** Its number is past the next one expected: events before it are missing. */
  | 'sequence_gap'
  /** Its number was already taken, or is out of order: an event put in out of band. */
  | 'sequence_repeated'
  /** The chain's head names a later event than the last one there: events at the end are missing. */
  | 'end_missing'
  /** Events of an area with no head: put in with the chaining trigger turned off. */
  | 'head_missing';

export interface ChainBreak {
  areaId: string | null;
  problem: ChainProblem;
  /** The first event that does not match (null when the events at the end are missing). */
  eventId: number | null;
  /** The event's number in the chain; when the events at the end are missing, the first number missing. */
  seq: number;
  /** For a gap: the first number missing before the event. */
  missingFrom?: number;
}

export interface AreaChain {
  areaId: string | null;
  /** The events read before the chain ended or broke. */
  events: number;
  /** The head as the database holds it: the last event's number and hash (anchor these outside the database). */
  headSeq: number | null;
  headHash: string | null;
  broken: ChainBreak | null;
}

export interface ChainReport {
  ok: boolean;
  events: number;
  areas: AreaChain[];
  /** The first break of each broken area. */
  broken: ChainBreak[];
}

const chainedColumns = {
  id: sql<string>`${auditEvents.id}::text`,
  areaId: sql<string | null>`${auditEvents.areaId}::text`,
  seq: sql<string>`${auditEvents.seq}::text`,
  occurredAt: sql<string>`to_char(${auditEvents.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  userId: sql<string | null>`${auditEvents.userId}::text`,
  agencyId: sql<string | null>`${auditEvents.agencyId}::text`,
  role: auditEvents.role,
  action: auditEvents.action,
  resourceType: auditEvents.resourceType,
  resourceId: auditEvents.resourceId,
  caseId: sql<string | null>`${auditEvents.caseId}::text`,
  caseIds: sql<string[] | null>`${auditEvents.caseIds}::text[]`,
  outcome: sql<string>`${auditEvents.outcome}::text`,
  justification: auditEvents.justification,
  detail: auditEvents.detail,
  requestId: auditEvents.requestId,
  prevHash: auditEvents.prevHash,
  hash: auditEvents.hash,
};

const ofArea = (areaId: string | null): SQL => (areaId === null ? isNull(auditEvents.areaId) : eq(auditEvents.areaId, areaId));

/** Walks one area's chain in (seq, id) order, batch by batch, and stops at the first break. */
async function walkArea(tx: Tx, areaId: string | null, head: { seq: number; hash: string } | undefined, batchSize: number): Promise<AreaChain> {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let events = 0;
  let after: { seq: string; id: string } | null = null;
  const result = (broken: ChainBreak | null): AreaChain => ({ areaId, events, headSeq: head?.seq ?? null, headHash: head?.hash ?? null, broken });
  const breakAt = (problem: ChainProblem, e: ChainedEvent | null, seq: number, more: Partial<ChainBreak> = {}) =>
    result({ areaId, problem, eventId: e ? Number(e.id) : null, seq, ...more });
  for (;;) {
    const cursor: SQL | undefined = after
      ? or(gt(auditEvents.seq, Number(after.seq)), and(eq(auditEvents.seq, Number(after.seq)), gt(auditEvents.id, Number(after.id))))
      : undefined;
    const rows: ChainedEvent[] = await tx
      .select(chainedColumns)
      .from(auditEvents)
      .where(and(ofArea(areaId), cursor))
      .orderBy(asc(auditEvents.seq), asc(auditEvents.id))
      .limit(batchSize);
    for (const e of rows) {
      const seq = Number(e.seq);
      if (seq < expectedSeq) return breakAt('sequence_repeated', e, seq);
      if (seq > expectedSeq) return breakAt('sequence_gap', e, seq, { missingFrom: expectedSeq });
      if (eventHash(e) !== e.hash) return breakAt('hash_mismatch', e, seq);
      if (e.prevHash !== prev) return breakAt('previous_hash_mismatch', e, seq);
      prev = e.hash;
      expectedSeq += 1;
      events += 1;
    }
    if (rows.length < batchSize) break;
    after = rows[rows.length - 1];
  }
  if (!head) return events > 0 ? breakAt('head_missing', null, 1) : result(null);
  if (head.seq !== expectedSeq - 1 || head.hash !== prev) {
    // The head is past the last event: the events from expectedSeq on are gone.
    return breakAt('end_missing', null, expectedSeq);
  }
  return result(null);
}

/**
 * Checks every area's chain of audit events: each event's hash over its canonical form, each event's
 * previous hash, the numbers 1, 2, 3... with none missing or repeated, and the last event against the
 * area's head. Read in one REPEATABLE READ, read-only transaction, so events written meanwhile neither
 * count nor break it. Used by `npm run audit:verify` and the daily job (lib/audit/chain-check.ts).
 */
export async function verifyAuditChain(db: Db, options: { batchSize?: number } = {}): Promise<ChainReport> {
  const batchSize = options.batchSize ?? 5000;
  return db.transaction(
    async (tx) => {
      // As the app role, for the system: every area's events (row-level security, decision 0022).
      await runAsAppRole(tx, { system: true });
      const heads = await tx.select().from(auditChainHeads);
      const headOf = new Map(heads.map((h) => [h.areaKey, { seq: Number(h.seq), hash: h.hash }]));
      const present = await tx.selectDistinct({ areaId: sql<string | null>`${auditEvents.areaId}::text` }).from(auditEvents);
      const keys = new Set([...heads.map((h) => h.areaKey), ...present.map((p) => p.areaId ?? NO_AREA_KEY)]);
      const areas: AreaChain[] = [];
      for (const key of [...keys].sort()) {
        areas.push(await walkArea(tx, key === NO_AREA_KEY ? null : key, headOf.get(key), batchSize));
      }
      const broken = areas.flatMap((a) => (a.broken ? [a.broken] : []));
      return { ok: broken.length === 0, events: areas.reduce((n, a) => n + a.events, 0), areas, broken };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** A break in a line of ids and codes, for the log, the command's output and the audit event. */
export function describeBreak(b: ChainBreak): string {
  const area = b.areaId ?? 'none';
  if (b.eventId === null) return `area ${area}: ${b.problem} from seq ${b.seq}`;
  const missing = b.missingFrom === undefined ? '' : b.missingFrom === b.seq - 1 ? `, seq ${b.missingFrom} missing` : `, seq ${b.missingFrom} to ${b.seq - 1} missing`;
  return `area ${area}: ${b.problem} at event ${b.eventId} (seq ${b.seq}${missing})`;
}
