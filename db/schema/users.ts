import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { now } from '../clock';

export const roles = ['admin', 'coordinator', 'chair', 'agency', 'ig_lead'] as const;
export type Role = (typeof roles)[number];

export const roleEnum = pgEnum('role', roles);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-case; unique across the service. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: roleEnum('role').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    active: boolean('active').notNull().default(true),
    /** argon2id; null until the user has followed their set-up link. */
    passwordHash: text('password_hash'),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    /** Start of the current window in which failed attempts are counted. */
    failedLoginWindowStart: timestamp('failed_login_window_start', { withTimezone: true }),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /** SHA-256 of the one-time set-up token; the token itself is never stored. */
    setupTokenHash: text('setup_token_hash').unique(),
    setupTokenExpiresAt: timestamp('setup_token_expires_at', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [index('users_agency_idx').on(t.agencyId)],
);

export type User = typeof users.$inferSelect;
