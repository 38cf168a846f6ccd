import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { areas } from './areas';
import { cases } from './cases';
import { users } from './users';
import { now } from '../clock';
import { crimeRecordingReviewAnswers, crimeRecordings } from '../enums';

export const crimeRecordingEnum = pgEnum('crime_recording', crimeRecordings);
export const crimeRecordingReviewAnswerEnum = pgEnum('crime_recording_review_answer', crimeRecordingReviewAnswers);

/**
 * How the police have recorded the crime on a case, kept as a history: each change is a new revision
 * (1, 2, 3… per case) and the one in force is the highest. A case with no row is "not yet recorded".
 */
export const caseCrimeRecordings = pgTable(
  'case_crime_recordings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    revision: integer('revision').notNull(),
    recording: crimeRecordingEnum('recording').notNull(),
    /** The police's crime reference number. */
    crimeReference: text('crime_reference'),
    note: text('note'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAgencyId: uuid('recorded_agency_id')
      .notNull()
      .references(() => agencies.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [unique('case_crime_recordings_case_revision_unique').on(t.caseId, t.revision)],
);

export type CaseCrimeRecording = typeof caseCrimeRecordings.$inferSelect;

/**
 * A police user's answer to the prompt to review a recording that is not stalking while the log shows
 * a course of stalking conduct: changed (to the recording named), or kept with a reason. The prompt
 * comes back when entries numbered above `incidentsUpTo` arrive.
 */
export const crimeRecordingReviews = pgTable(
  'crime_recording_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    answer: crimeRecordingReviewAnswerEnum('answer').notNull(),
    /** The recording in force after the answer (the new one, when changed). */
    recordingId: uuid('recording_id').references(() => caseCrimeRecordings.id),
    reason: text('reason'),
    /** The highest incident number on the case when it was reviewed. */
    incidentsUpTo: integer('incidents_up_to').notNull(),
    reviewedBy: uuid('reviewed_by')
      .notNull()
      .references(() => users.id),
    reviewedAgencyId: uuid('reviewed_agency_id')
      .notNull()
      .references(() => agencies.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [
    index('crime_recording_reviews_case_idx').on(t.caseId, t.reviewedAt),
    check('crime_recording_reviews_kept_reason', sql`${t.answer} <> 'kept' or ${t.reason} is not null`),
    check('crime_recording_reviews_changed_recording', sql`${t.answer} <> 'changed' or ${t.recordingId} is not null`),
  ],
);

export type CrimeRecordingReview = typeof crimeRecordingReviews.$inferSelect;
