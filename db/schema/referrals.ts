import type { ReferralForm } from '@/lib/referrals/form/schemas';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgEnum, pgTable, real, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { areas } from './areas';
import { cases } from './cases';
import { users } from './users';
import { now } from '../clock';
import { referralStatuses, matchKinds, matchDecisions } from '../enums';

export const referralStatusEnum = pgEnum('referral_status', referralStatuses);

/**
 * A risk-assessed referral to the MARAC. The form's answers are kept whole in `form` (checked by the
 * zod schemas in lib/referrals/form/schemas.ts); the columns beside it are copies that lists, screening
 * and matching query. A referral belongs to a case once the coordinator accepts it.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    referringAgencyId: uuid('referring_agency_id')
      .notNull()
      .references(() => agencies.id),
    /**
     * A joint referral: a second agency that referred with the referring one, chosen on the form's
     * first step (a copy of `form.referrer.jointAgency`). It counts half to each in the dataset, and
     * is a referrer of the case (lib/authz/cases.ts).
     */
    jointAgencyId: uuid('joint_agency_id').references(() => agencies.id),
    referrerUserId: uuid('referrer_user_id')
      .notNull()
      .references(() => users.id),
    caseId: uuid('case_id').references(() => cases.id),
    status: referralStatusEnum('status').notNull().default('draft'),
    // The form as the steps saved it (its type only comes from lib/: db/ imports no code from lib/).
    form: jsonb('form').$type<ReferralForm>().notNull().default({}),
    /** Optimistic lock: each save must name the version it was made from. */
    version: integer('version').notNull().default(1),

    victimName: text('victim_name'),
    victimAliases: text('victim_aliases').array().notNull().default(sql`'{}'::text[]`),
    victimDob: date('victim_dob', { mode: 'string' }),
    perpetratorName: text('perpetrator_name'),
    perpetratorAliases: text('perpetrator_aliases').array().notNull().default(sql`'{}'::text[]`),
    perpetratorDob: date('perpetrator_dob', { mode: 'string' }),
    childrenInHousehold: integer('children_in_household').notNull().default(0),
    stalking: boolean('stalking').notNull().default(false),

    /** The checklist definitions the answers were given against (e.g. risk-24@1). */
    riskChecklistId: text('risk_checklist_id'),
    stalkingScreenId: text('stalking_screen_id'),
    riskScore: integer('risk_score').notNull().default(0),
    stalkingScore: integer('stalking_score').notNull().default(0),
    visibleHighRisk: boolean('visible_high_risk').notNull().default(false),
    professionalJudgement: boolean('professional_judgement').notNull().default(false),
    potentialEscalation: boolean('potential_escalation').notNull().default(false),
    /** Set when the coordinator confirms a match with a case heard at a MARAC in the last 12 months. */
    repeat: boolean('repeat').notNull().default(false),

    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [
    index('referrals_area_status_idx').on(t.areaId, t.status, t.submittedAt),
    index('referrals_agency_idx').on(t.referringAgencyId, t.updatedAt),
    // An agency's referrals still in its hands or waiting (its home page's counts), not its whole history.
    index('referrals_agency_open_idx').on(t.referringAgencyId, t.status).where(sql`${t.status} in ('draft', 'submitted', 'returned')`),
    index('referrals_joint_agency_idx').on(t.jointAgencyId).where(sql`${t.jointAgencyId} is not null`),
    index('referrals_case_idx').on(t.caseId),
    index('referrals_victim_dob_idx').on(t.areaId, t.victimDob),
  ],
);

export type Referral = typeof referrals.$inferSelect;

/** Every change of a referral's status: who, when and why (the question, the reason, the answer). */
export const referralStatusChanges = pgTable(
  'referral_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    fromStatus: referralStatusEnum('from_status'),
    toStatus: referralStatusEnum('to_status').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [index('referral_status_changes_referral_idx').on(t.referralId, t.at)],
);

export const matchKindEnum = pgEnum('match_kind', matchKinds);
export const matchDecisionEnum = pgEnum('match_decision', matchDecisions);

/** A possible earlier case of the same victim or perpetrator, found by name and date of birth. */
export const referralMatches = pgTable(
  'referral_matches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: matchKindEnum('kind').notNull(),
    similarity: real('similarity').notNull(),
    /** The matched case was heard at a MARAC within 12 months before this referral. */
    withinTwelveMonths: boolean('within_twelve_months').notNull(),
    decision: matchDecisionEnum('decision').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    foundAt: timestamp('found_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [unique('referral_matches_unique').on(t.referralId, t.caseId, t.kind)],
);

export type ReferralMatch = typeof referralMatches.$inferSelect;
