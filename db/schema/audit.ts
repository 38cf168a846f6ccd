import { bigint, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { now } from '../clock';
import { auditOutcomes } from '../enums';

export const auditOutcomeEnum = pgEnum('audit_outcome', auditOutcomes);

/**
 * Append-only: a trigger (migration 0001) rejects UPDATE, DELETE and TRUNCATE.
 * Holds ids only, never names, emails or addresses.
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
  },
  (t) => [
    index('audit_events_area_time_idx').on(t.areaId, t.occurredAt),
    // The log's newest-first page: read backwards, it stops after one page whatever the filters.
    index('audit_events_time_idx').on(t.occurredAt, t.id),
    index('audit_events_user_idx').on(t.userId, t.occurredAt),
    index('audit_events_action_idx').on(t.action),
    index('audit_events_resource_idx').on(t.resourceType, t.resourceId),
    index('audit_events_case_idx').on(t.caseId, t.occurredAt),
    index('audit_events_case_ids_idx').using('gin', t.caseIds),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
