import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { now } from '../clock';

/** One MARAC: the local authority area whose agencies meet together. */
export const areas = pgTable('areas', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  /** Starts every case number of the area, e.g. KV-2026-0042. */
  caseNumberPrefix: text('case_number_prefix').notNull().default('MARAC'),
  /** "Visible high risk": this many yes answers on the risk checklist (national guidance: 14). */
  visibleHighRiskThreshold: integer('visible_high_risk_threshold').notNull().default(14),
  /** "Potential escalation": this many police incidents in the last 12 months (commonly 3). */
  escalationThreshold: integer('escalation_threshold').notNull().default(3),
  /** Cases on one agenda before the coordinator is warned it is over capacity (national average: 16). */
  casesPerMeeting: integer('cases_per_meeting').notNull().default(16),
  /** Minutes allowed for each case; the agenda's expected running time is counted from it. */
  minutesPerCase: integer('minutes_per_case').notNull().default(10),
  /**
   * The area's female population aged 16 and over (the national dataset's "adult women"), which its
   * administrator keeps; the dataset's cases per 10,000 adult women is counted from it. Null: not set.
   */
  adultFemalePopulation: integer('adult_female_population'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
});

export type Area = typeof areas.$inferSelect;
