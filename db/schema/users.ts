import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { now } from '../clock';
import { roles } from '../enums';

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
    /**
     * The authenticator app's TOTP key, encrypted (AES-256-GCM, key derived from NEXTAUTH_SECRET:
     * lib/auth/mfa-crypto.ts); null until the user has enrolled, and again after an administrator's reset.
     */
    totpSecret: text('totp_secret'),
    /** A key offered at enrolment, encrypted likewise, until the user confirms it with a code. */
    totpPendingSecret: text('totp_pending_secret'),
    totpEnrolledAt: timestamp('totp_enrolled_at', { withTimezone: true }),
    /** The TOTP time step of the last code accepted: a code of that step or an earlier one is refused. */
    totpLastStep: integer('totp_last_step'),
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
