import { index, pgEnum, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { actionItems } from './action-items';
import { meetings } from './meetings';
import { referrals } from './referrals';
import { users } from './users';

export const notificationKinds = ['minutes_circulated', 'action_assigned', 'referral_returned', 'research_requested'] as const;
export type NotificationKind = (typeof notificationKinds)[number];
export const notificationKindEnum = pgEnum('notification_kind', notificationKinds);

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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);
