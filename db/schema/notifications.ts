import { index, pgEnum, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { meetings } from './meetings';
import { users } from './users';

export const notificationKinds = ['minutes_circulated'] as const;
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);
