import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One MARAC: the local authority area whose agencies meet together. */
export const areas = pgTable('areas', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Area = typeof areas.$inferSelect;
