import { sql } from 'drizzle-orm';
import { date, index, integer, pgEnum, pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { actionItems } from './action-items';
import { cases } from './cases';
import { meetings } from './meetings';
import { referrals } from './referrals';
import { users } from './users';
import { now } from '../clock';
import { notificationKinds, emailStates } from '../enums';

export const notificationKindEnum = pgEnum('notification_kind', notificationKinds);

export const emailStateEnum = pgEnum('email_state', emailStates);

/** Something a user should look at. Holds ids only: what it is about is read from the record, with access checked. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: notificationKindEnum('kind').notNull(),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    actionItemId: uuid('action_item_id').references(() => actionItems.id),
    referralId: uuid('referral_id').references(() => referrals.id),
    caseId: uuid('case_id').references(() => cases.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailState: emailStateEnum('email_state'),
    emailAttempts: integer('email_attempts').notNull().default(0),
    /** A pending email is not tried before this: a minute after a failed attempt. */
    emailNextAttemptAt: timestamp('email_next_attempt_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    /** The delivery run that holds it while sending: only that run may record the outcome. */
    emailClaimId: uuid('email_claim_id'),
    /** When that run claimed it; a claim left by a run that died is taken back after a while. */
    emailClaimedAt: timestamp('email_claimed_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    // What a user has not read: the header's count and the home page's minutes to read.
    index('notifications_unread_idx').on(t.userId, t.kind).where(sql`${t.readAt} is null`),
    index('notifications_email_idx').on(t.emailState, t.emailNextAttemptAt).where(sql`${t.emailState} in ('pending', 'sending')`),
  ],
);

/** The kinds of email a user has turned off. No row: they get every kind. */
export const emailPreferences = pgTable('email_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  turnedOff: notificationKindEnum('turned_off').array().notNull().default(sql`'{}'`),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
});

/**
 * One row per reminder sent: which action, which kind, for which due date and owner (the owning
 * agency, and the owning user when the owner has an account). Its unique key is what makes a reminder
 * go once to each owner, however many job runners look at the same action.
 */
export const actionReminders = pgTable(
  'action_reminders',
  {
    actionItemId: uuid('action_item_id')
      .notNull()
      .references(() => actionItems.id),
    kind: notificationKindEnum('kind').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The owner it was sent to when the owner has an account; null when the agency's users were told. */
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [unique('action_reminders_once').on(t.actionItemId, t.kind, t.dueOn, t.agencyId, t.ownerUserId).nullsNotDistinct()],
);
