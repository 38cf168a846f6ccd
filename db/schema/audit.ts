import { bigint, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { now } from '../clock';
import { auditOutcomes } from '../enums';

export const auditOutcomeEnum = pgEnum('audit_outcome', auditOutcomes);

/**
 * Append-only: a trigger (migration 0001) rejects UPDATE, DELETE and TRUNCATE.
 * Holds ids only, never names, emails or addresses.
 * Hash-chained per area (decision 0018): a BEFORE INSERT trigger (migration 0021) sets `seq`,
 * `prevHash` and `hash` whatever the insert says; `lib/audit/chain.ts` checks them.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`)
      .$defaultFn(now),
    userId: uuid('user_id'),
    agencyId: uuid('agency_id'),
    areaId: uuid('area_id'),
    role: text('role'),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    caseId: uuid('case_id'),
    /** The cases a page or download showed (an agenda, the minutes): with caseId, who has seen a case. */
    caseIds: uuid('case_ids').array(),
    outcome: auditOutcomeEnum('outcome').notNull(),
    /** Why the user did it, where the product asked them. */
    justification: text('justification'),
    /** A short machine code explaining the outcome (e.g. wrong_password); never personal data. */
    detail: text('detail'),
    requestId: text('request_id'),
    /** The event's place in its area's chain, from 1 (events with no area make a chain of their own). Set by the trigger. */
    seq: bigint('seq', { mode: 'number' }).notNull().default(0),
    /** The hash of the event before it in its area's chain (64 zeros for the first). Set by the trigger. */
    prevHash: text('prev_hash').notNull().default(''),
    /** SHA-256, in hex, of the event's canonical form and prevHash (lib/audit/chain.ts). Set by the trigger. */
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    index('audit_events_area_time_idx').on(t.areaId, t.occurredAt),
    // The home page's refusals of the last day: a busy area writes tens of thousands of events a day, few of them refused.
    index('audit_events_denied_idx').on(t.areaId, t.occurredAt).where(sql`${t.outcome} = 'denied'`),
    // The log's newest-first page: read backwards, it stops after one page whatever the filters.
    index('audit_events_time_idx').on(t.occurredAt, t.id),
    index('audit_events_user_idx').on(t.userId, t.occurredAt),
    index('audit_events_action_idx').on(t.action),
    index('audit_events_resource_idx').on(t.resourceType, t.resourceId),
    index('audit_events_case_idx').on(t.caseId, t.occurredAt),
    index('audit_events_case_ids_idx').using('gin', t.caseIds),
    // Each area's chain in order: the check walks it in batches.
    index('audit_events_chain_idx').on(t.areaId, t.seq, t.id),
  ],
);

/**
 * The newest event of each area's chain, written by a statement-level trigger after each INSERT into
 * audit_events (migration 0021), in the same transaction, so that the check can tell that events were
 * removed from the end of a chain. `areaKey` is the area's id, or the nil UUID for events with no area. Only the
 * trigger (SECURITY DEFINER, as the tables' owner) writes it: the app's role gets no grant on it.
 */
export const auditChainHeads = pgTable('audit_chain_heads', {
  areaKey: uuid('area_key').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  eventId: bigint('event_id', { mode: 'number' }).notNull(),
});

export type AuditEvent = typeof auditEvents.$inferSelect;
