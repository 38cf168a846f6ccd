import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { areas } from './areas';
import { cases } from './cases';
import { users } from './users';
import { now } from '../clock';
import { meetingStatuses, attendanceStatuses } from '../enums';

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
    /** When the agencies were asked to research the published agenda (by the research-request job). */
    researchRequestedAt: timestamp('research_requested_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [index('meetings_area_time_idx').on(t.areaId, t.startsAt)],
);

export type Meeting = typeof meetings.$inferSelect;

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
    position: integer('position').notNull(),
    /** Copied when listed: a repeat referral brought the case back. */
    repeat: boolean('repeat').notNull().default(false),
    riskScore: integer('risk_score').notNull().default(0),
    addedByHand: boolean('added_by_hand').notNull().default(false),
    deferredToMeetingId: uuid('deferred_to_meeting_id').references(() => meetings.id),
    deferredReason: text('deferred_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
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
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [unique('research_item_agency_unique').on(t.agendaItemId, t.agencyId)],
);

export type Research = typeof research.$inferSelect;

export const attendanceStatusEnum = pgEnum('attendance_status', attendanceStatuses);

/** The register: one row per agency of the area at a meeting, as the chair records it. */
export const attendance = pgTable(
  'attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    status: attendanceStatusEnum('status').notNull(),
    representative: text('representative'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [unique('attendance_meeting_agency_unique').on(t.meetingId, t.agencyId)],
);

/** Each attendee's confirmation of the confidentiality statement, before they see any case on the day. */
export const confidentialityConfirmations = pgTable(
  'confidentiality_confirmations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [unique('confidentiality_meeting_user_unique').on(t.meetingId, t.userId)],
);

/** The minutes of one case at one meeting. Saved with a version: a stale save is refused, never merged. */
export const caseMinutes = pgTable('case_minutes', {
  id: uuid('id').primaryKey().defaultRandom(),
  agendaItemId: uuid('agenda_item_id')
    .notNull()
    .unique()
    .references(() => agendaItems.id),
  informationShared: text('information_shared'),
  risksToVictim: text('risks_to_victim'),
  risksToChildren: text('risks_to_children'),
  risksToOthers: text('risks_to_others'),
  risksToStaff: text('risks_to_staff'),
  crimesDisclosed: text('crimes_disclosed'),
  decisions: text('decisions'),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
});

export type CaseMinutes = typeof caseMinutes.$inferSelect;

/**
 * A finalised (and later corrected) text of a meeting's minutes, kept whole. Revision 1 is the
 * finalised minutes; each correction adds the next, with its reason. Never changed once written.
 */
export const minutesRevisions = pgTable(
  'minutes_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    revision: integer('revision').notNull(),
    reason: text('reason'),
    snapshot: jsonb('snapshot').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [unique('minutes_revisions_meeting_revision_unique').on(t.meetingId, t.revision)],
);
