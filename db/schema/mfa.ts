import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { now } from '../clock';

/**
 * A user's single-use recovery codes, made at enrolment (ten), for when the authenticator app is lost.
 * Only a SHA-256 hash of each is kept; the codes are shown once.
 */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/**
 * The sign-in throttle's counters (lib/auth/throttle.ts, rate-limiter-flexible's store): one row per
 * hashed key (an address, an account, an account with an address), so the limits hold across instances.
 */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull(),
  /** When the counter lapses; null: never. (The names are the ones RateLimiterDrizzle reads.) */
  expire: timestamp('expire', { withTimezone: true }),
});
