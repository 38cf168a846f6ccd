import { date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { areas } from './areas';
import { cases } from './cases';
import { users } from './users';
import { now } from '../clock';
import { preservationStatuses } from '../enums';

export const preservationStatusEnum = pgEnum('preservation_status', preservationStatuses);

/**
 * A request by the police to a platform to preserve an account's data before the platform deletes it.
 * A preservation lasts 90 days from sending and may be extended once by 90 more; the deadline is
 * stored, so an extension moves it and a platform's own window can be typed in.
 */
export const preservationRequests = pgTable(
  'preservation_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    platform: text('platform').notNull(),
    /** The accounts' names, handles, numbers or URLs, as the platform will know them. */
    accountIdentifiers: text('account_identifiers').notNull(),
    whatToPreserve: text('what_to_preserve').notNull(),
    status: preservationStatusEnum('status').notNull().default('drafted'),
    sentOn: date('sent_on', { mode: 'string' }),
    platformReference: text('platform_reference'),
    deadlineOn: date('deadline_on', { mode: 'string' }),
    /** When the one extension was asked for; null if it has not been. */
    extendedOn: date('extended_on', { mode: 'string' }),
    /** When the reminder job told the case's police users that the deadline is near (once per deadline). */
    flaggedAt: timestamp('flagged_at', { withTimezone: true }),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAgencyId: uuid('requested_agency_id')
      .notNull()
      .references(() => agencies.id),
    /** Optimistic lock: each change must name the version it was made from. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [
    index('preservation_requests_case_idx').on(t.caseId),
    // The reminder job: requests still waiting on the platform, by deadline.
    index('preservation_requests_deadline_idx').on(t.status, t.deadlineOn),
  ],
);

export type PreservationRequest = typeof preservationRequests.$inferSelect;
