import { boolean, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { areas } from './areas';
import { cases } from './cases';
import { users } from './users';

export const meetingStatuses = ['scheduled', 'agenda_published', 'held', 'finalised', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const meetingStatusEnum = pgEnum('meeting_status', meetingStatuses);

/** One MARAC meeting of an area. */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    venue: text('venue'),
    videoLink: text('video_link'),
    chairUserId: uuid('chair_user_id').references(() => users.id),
    status: meetingStatusEnum('status').notNull().default('scheduled'),
    agendaPublishedAt: timestamp('agenda_published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meetings_area_time_idx').on(t.areaId, t.startsAt)],
);

export type Meeting = typeof meetings.$inferSelect;

export const agendaSections = ['children', 'adults'] as const;
export const agendaSectionEnum = pgEnum('agenda_section', agendaSections);

/** A case listed on a meeting's agenda, in its place. A deferred item stays, marked, for the record. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    section: agendaSectionEnum('section').notNull(),
    position: integer('position').notNull(),
    /** Copied when listed: a repeat referral brought the case back. */
    repeat: boolean('repeat').notNull().default(false),
    riskScore: integer('risk_score').notNull().default(0),
    addedByHand: boolean('added_by_hand').notNull().default(false),
    deferredToMeetingId: uuid('deferred_to_meeting_id').references(() => meetings.id),
    deferredReason: text('deferred_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('agenda_items_meeting_case_unique').on(t.meetingId, t.caseId), index('agenda_items_case_idx').on(t.caseId)],
);

export type AgendaItem = typeof agendaItems.$inferSelect;

/**
 * What one agency holds on a listed case, recorded before the meeting: fact kept apart from opinion,
 * or "no trace", and anything it holds back and why.
 */
export const research = pgTable(
  'research',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    noTrace: boolean('no_trace').notNull().default(false),
    facts: text('facts'),
    opinion: text('opinion'),
    risks: text('risks'),
    withheld: text('withheld'),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('research_item_agency_unique').on(t.agendaItemId, t.agencyId)],
);

export type Research = typeof research.$inferSelect;
