import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { now } from '../clock';
import { sessionEndReasons } from '../enums';

export const sessionEndReasonEnum = pgEnum('session_end_reason', sessionEndReasons);

/**
 * A signed-in session. The browser's token only carries this row's id, so ending the
 * row (sign-out, an admin, disabling the user) refuses the very next request.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    /** Absolute end of the session, whatever the activity. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: sessionEndReasonEnum('end_reason'),
    userAgent: text('user_agent'),
    /**
     * When the second factor was given at sign-in; null while only the password has been: such a
     * session reaches the code and enrolment pages and nothing else (lib/auth/session.ts).
     */
    mfaVerifiedAt: timestamp('mfa_verified_at', { withTimezone: true }),
    /** When a code (TOTP or recovery) was last given in this session: step-up (lib/authz) reads it. */
    lastCodeAt: timestamp('last_code_at', { withTimezone: true }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export type Session = typeof sessions.$inferSelect;
