import { sql } from 'drizzle-orm';
import { date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { areas } from './areas';
import { cases } from './cases';
import { agendaItems, meetings } from './meetings';
import { users } from './users';
import { now } from '../clock';
import { actionItemStatuses } from '../enums';

export const actionItemStatusEnum = pgEnum('action_item_status', actionItemStatuses);

/**
 * An action agreed at a MARAC: what, which agency, which person, by when. One agency owns each; the
 * person is one of its users (who is then sent its reminders) or someone without an account, by name.
 */
export const actionItems = pgTable(
  'action_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id),
    description: text('description').notNull(),
    ownerAgencyId: uuid('owner_agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The user who does it; null when it is someone without an account (the agency is reminded). */
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    /**
     * The owner's name: as typed for someone without an account; for a user, their name when it was
     * given to them (pages that show the owner look up the user's current name).
     */
    ownerName: text('owner_name').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: actionItemStatusEnum('status').notNull().default('open'),
    /** When it was completed (or found not possible, or not done): on time or late is counted from it. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /**
     * The UK date it was closed on, kept by PostgreSQL from closed_at: "completed on time" compares two
     * dates of the row rather than converting every action's time of closing when the stats are counted.
     */
    closedOn: date('closed_on', { mode: 'string' }).generatedAlwaysAs(sql`(closed_at at time zone 'Europe/London')::date`),
    /** Optimistic lock: two people updating at once, one wins and the other is told. */
    version: integer('version').notNull().default(1),
    /** Why an action was not completed, as recorded at the next meeting. */
    reviewNote: text('review_note'),
    reviewedAtMeetingId: uuid('reviewed_at_meeting_id').references(() => meetings.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [
    index('action_items_case_idx').on(t.caseId),
    index('action_items_owner_idx').on(t.ownerAgencyId, t.status, t.dueOn),
    // A user's own board ("My actions").
    index('action_items_owner_user_idx').on(t.ownerUserId, t.status, t.dueOn),
    // The area's board in its default order (due date) without sorting every action.
    index('action_items_area_due_idx').on(t.areaId, t.dueOn, t.id),
    // The actions agreed at a meeting (the next agenda's "not completed since the last meeting").
    index('action_items_meeting_idx').on(t.meetingId),
    // The area's open actions, whatever their due date (the home page's stats reach back to them).
    index('action_items_area_open_idx').on(t.areaId).where(sql`${t.status} in ('open', 'in_progress')`),
  ],
);

export type ActionItem = typeof actionItems.$inferSelect;

/**
 * What the home page counts of each agency's actions, kept by PostgreSQL as actions are added, change
 * status, owner, due date or closing time, or go (the trigger of migration 0023, as the owner; the app
 * only reads it): per area, outcome, due date and owning agency, how many actions are open (open or in
 * progress), were completed on time, completed late, or not done. lib/action-items/stats.ts adds up the
 * closed rows of the last 12 months and the open rows not yet due (with openActionTotals below), rather than
 * counting the actions themselves. A row whose count falls to 0 is removed.
 */
export const actionTallies = pgTable(
  'action_tallies',
  {
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    outcome: text('outcome', { enum: ['open', 'completed_on_time', 'completed_late', 'not_done'] }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    ownerAgencyId: uuid('owner_agency_id')
      .notNull()
      .references(() => agencies.id),
    count: integer('count').notNull(),
  },
  // In this order, the open rows and the closed rows from a date on are each one range of the key.
  (t) => [primaryKey({ columns: [t.areaId, t.outcome, t.dueOn, t.ownerAgencyId] })],
);

/** Every change to an action: status, reassignment, with the owner's dated note. */
export const actionItemUpdates = pgTable(
  'action_item_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionItemId: uuid('action_item_id')
      .notNull()
      .references(() => actionItems.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    fromStatus: actionItemStatusEnum('from_status'),
    toStatus: actionItemStatusEnum('to_status').notNull(),
    note: text('note'),
    /** On reassignment: who and which agency had it before (the user, when they had an account). */
    previousOwnerName: text('previous_owner_name'),
    previousOwnerUserId: uuid('previous_owner_user_id').references(() => users.id),
    previousAgencyId: uuid('previous_agency_id').references(() => agencies.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [index('action_item_updates_item_idx').on(t.actionItemId, t.at)],
);

/**
 * Each agency's open actions (open or in progress) in all, kept by the same trigger as actionTallies
 * (migration 0025): the home page reads how many are open from here, one row an agency, so its cost does
 * not grow with the years of open actions an area may carry. Overdue is this less the open tallies not yet
 * due (lib/action-items/stats.ts).
 */
export const openActionTotals = pgTable(
  'open_action_totals',
  {
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    ownerAgencyId: uuid('owner_agency_id')
      .notNull()
      .references(() => agencies.id),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.areaId, t.ownerAgencyId] })],
);
