import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { areas } from './areas';
import { now } from '../clock';
import { caseStatuses } from '../enums';

export const caseStatusEnum = pgEnum('case_status', caseStatuses);

/**
 * A MARAC case: one victim, heard at one or more meetings, fed by one or more referrals. The people's
 * details live on the referrals; the case keeps what its lists and matching need.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    /** Per area and year: 1, 2, 3… — the readable number is prefix-year-sequence. */
    sequence: integer('sequence').notNull(),
    number: text('number').notNull(),
    status: caseStatusEnum('status').notNull().default('open'),
    /** Accepted and waiting to be listed on a meeting's agenda. */
    awaitingMeeting: boolean('awaiting_meeting').notNull().default(true),
    /** The date of the last MARAC that heard the case; a new referral within 12 months is a repeat. */
    lastMaracOn: date('last_marac_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [
    unique('cases_area_number_unique').on(t.areaId, t.number),
    index('cases_area_idx').on(t.areaId, t.createdAt),
    // Cases by when they were last heard: the agenda's "reaching 12 months since their last MARAC".
    index('cases_area_last_marac_idx').on(t.areaId, t.lastMaracOn),
    // The backlog: open cases accepted and not yet on an agenda (the home page's count, the agenda's picker).
    index('cases_awaiting_meeting_idx').on(t.areaId, t.createdAt).where(sql`${t.awaitingMeeting} and ${t.status} = 'open'`),
  ],
);

export type Case = typeof cases.$inferSelect;
