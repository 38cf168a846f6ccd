import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { areas } from './areas';
import { cases } from './cases';
import { protectiveOrders } from './orders';
import { users } from './users';
import { now } from '../clock';
import { incidentChannels, occurredPrecisions, stalkingBehaviours } from '../enums';

export const incidentChannelEnum = pgEnum('incident_channel', incidentChannels);
export const stalkingBehaviourEnum = pgEnum('stalking_behaviour', stalkingBehaviours);
export const occurredPrecisionEnum = pgEnum('occurred_precision', occurredPrecisions);

/**
 * The last entry number given out on a case's incident log. Taking the next one is a single
 * upsert (lib/incidents/number.ts) whose row lock queues concurrent loggers on the same case until
 * the first commits; numbers are never given twice, and never reused, since entries are never deleted.
 */
export const incidentNumbers = pgTable('incident_numbers', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id),
  lastNumber: integer('last_number').notNull(),
});

/**
 * One entry in a case's incident and evidence log: its number and whether it was withdrawn. What it
 * says is in its versions (a correction is a new version; the current one is the highest). An entry
 * is withdrawn with a reason, never deleted.
 */
export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** 1, 2, 3… within the case, in the order entries were logged (not the order they happened). */
    number: integer('number').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
    withdrawnAgencyId: uuid('withdrawn_agency_id').references(() => agencies.id),
    withdrawalReason: text('withdrawal_reason'),
  },
  (t) => [
    unique('incidents_case_number_unique').on(t.caseId, t.number),
    check(
      'incidents_withdrawal_whole',
      sql`(${t.withdrawnAt} is null and ${t.withdrawnBy} is null and ${t.withdrawnAgencyId} is null and ${t.withdrawalReason} is null)
        or (${t.withdrawnAt} is not null and ${t.withdrawnBy} is not null and ${t.withdrawnAgencyId} is not null and ${t.withdrawalReason} is not null)`,
    ),
  ],
);

export type Incident = typeof incidents.$inferSelect;

/**
 * What an entry says, whole, as recorded or corrected: version 1 is the first record, each correction
 * the next version with its reason. Rows are never changed (a trigger refuses it).
 *
 * When it happened: `occurredAt` is the moment (exact), or the start of the day in UK time (day,
 * about), or the start of a range that ends at `occurredUntil`; the log is ordered by `occurredAt`.
 */
export const incidentVersions = pgTable(
  'incident_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    version: integer('version').notNull(),
    occurredPrecision: occurredPrecisionEnum('occurred_precision').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    occurredUntil: timestamp('occurred_until', { withTimezone: true }),
    channel: incidentChannelEnum('channel').notNull(),
    /** The social-media platform or messaging app, e.g. Instagram, WhatsApp. */
    platform: text('platform'),
    /** The account, handle or number it came from. */
    account: text('account'),
    url: text('url'),
    summary: text('summary').notNull(),
    behaviours: stalkingBehaviourEnum('behaviours').array().notNull().default(sql`'{}'`),
    /** Where the original is kept: "on the victim's phone", "exhibit JS/1 at the police station". */
    originalKeptAt: text('original_kept_at'),
    witnesses: text('witnesses'),
    /** Set when the incident is a breach of this order. */
    breachOfOrderId: uuid('breach_of_order_id').references(() => protectiveOrders.id),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAgencyId: uuid('recorded_agency_id')
      .notNull()
      .references(() => agencies.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    /** Why this version corrects the one before; null on version 1 only. */
    correctionReason: text('correction_reason'),
  },
  (t) => [
    unique('incident_versions_incident_version_unique').on(t.incidentId, t.version),
    index('incident_versions_breach_idx').on(t.breachOfOrderId),
    check('incident_versions_range', sql`(${t.occurredPrecision} = 'range') = (${t.occurredUntil} is not null) and (${t.occurredUntil} is null or ${t.occurredUntil} >= ${t.occurredAt})`),
    check('incident_versions_correction_reason', sql`(${t.version} = 1) = (${t.correctionReason} is null)`),
  ],
);

export type IncidentVersion = typeof incidentVersions.$inferSelect;
