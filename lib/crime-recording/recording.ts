import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import type { CrimeRecording, crimeRecordingReviewAnswers } from '@/db/enums';
import { agencies, caseCrimeRecordings, crimeRecordingReviews, users, type Case } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { assertCan, can } from '@/lib/authz';
import { loadCaseFor } from '@/lib/authz/cases';
import { InputRejected, StaleVersion } from '@/lib/errors';
import { parseInput } from '@/lib/input/parse';
import { logFactsOf } from './log-facts';
import { recordCrimeSchema, reviewCrimeRecordingSchema } from './schemas';
import { isReviewDue } from './status';

type CrimeRecordingReviewAnswer = (typeof crimeRecordingReviewAnswers)[number];

export interface RecordingRevision {
  revision: number;
  recording: CrimeRecording;
  crimeReference: string | null;
  note: string | null;
  recordedAt: Date;
  recordedByName: string;
  recordedAgencyName: string;
}

export interface RecordingReview {
  answer: CrimeRecordingReviewAnswer;
  reason: string | null;
  incidentsUpTo: number;
  reviewedAt: Date;
  reviewedByName: string;
  reviewedAgencyName: string;
}

export interface CaseRecording {
  caseId: string;
  caseNumber: string;
  /** The recording in force: 'not_recorded' when the police have recorded none. */
  recording: CrimeRecording;
  /** Newest first: the first is in force. */
  revisions: RecordingRevision[];
  /** Newest first. */
  reviews: RecordingReview[];
  /** The revision the forms change from (0: none yet). */
  revision: number;
  /** For the police of the case: the log shows a course of stalking conduct and the recording is not stalking. */
  reviewDue: boolean;
  canRecord: boolean;
}

/**
 * The recording of a case, for a viewer the caller has checked may see it. Not an audit event of its
 * own: getCrimeRecording records it, and the case page's read of the case (case.view) covers it there.
 */
export async function recordingOf(tx: Tx, me: Viewer, found: Case): Promise<CaseRecording> {
  const [revisions, reviews, facts] = await Promise.all([
    tx
      .select({
        id: caseCrimeRecordings.id,
        revision: caseCrimeRecordings.revision,
        recording: caseCrimeRecordings.recording,
        crimeReference: caseCrimeRecordings.crimeReference,
        note: caseCrimeRecordings.note,
        recordedAt: caseCrimeRecordings.recordedAt,
        recordedByName: users.name,
        recordedAgencyName: agencies.name,
      })
      .from(caseCrimeRecordings)
      .innerJoin(users, eq(users.id, caseCrimeRecordings.recordedBy))
      .innerJoin(agencies, eq(agencies.id, caseCrimeRecordings.recordedAgencyId))
      .where(eq(caseCrimeRecordings.caseId, found.id))
      .orderBy(desc(caseCrimeRecordings.revision)),
    tx
      .select({
        answer: crimeRecordingReviews.answer,
        reason: crimeRecordingReviews.reason,
        incidentsUpTo: crimeRecordingReviews.incidentsUpTo,
        reviewedAt: crimeRecordingReviews.reviewedAt,
        reviewedByName: users.name,
        reviewedAgencyName: agencies.name,
      })
      .from(crimeRecordingReviews)
      .innerJoin(users, eq(users.id, crimeRecordingReviews.reviewedBy))
      .innerJoin(agencies, eq(agencies.id, crimeRecordingReviews.reviewedAgencyId))
      .where(eq(crimeRecordingReviews.caseId, found.id))
      .orderBy(desc(crimeRecordingReviews.reviewedAt), desc(crimeRecordingReviews.incidentsUpTo)),
    logFactsOf(tx, found.id),
  ]);
  const recording = revisions[0]?.recording ?? 'not_recorded';
  const inArea = { areaId: found.areaId };
  const due = isReviewDue({ recording, ...facts, reviewedUpTo: reviews[0]?.incidentsUpTo ?? null });
  return {
    caseId: found.id,
    caseNumber: found.number,
    recording,
    revisions: revisions.map(({ id: _id, ...r }) => r),
    reviews,
    revision: revisions[0]?.revision ?? 0,
    reviewDue: due && can(me, 'crime_recording.review', inArea),
    canRecord: can(me, 'crime_recording.record', inArea),
  };
}

/** How the police recorded the crime on a case, with its history and reviews. Reading it is an event about the case. */
export function getCrimeRecording(viewer: Viewer, caseId: string): Promise<CaseRecording> {
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, caseId, 'crime_recording.view');
    const recording = await recordingOf(tx, me, found);
    await recordAudit(tx, me, { action: 'crime_recording.view', resourceType: 'case', resourceId: found.id, caseId: found.id });
    return recording;
  });
}

/** The case, seen by the viewer, locked for a change of its recording, which only the police make. */
async function caseToRecord(tx: Tx, me: Viewer, caseId: string, action: 'crime_recording.record' | 'crime_recording.review'): Promise<Case> {
  const found = await loadCaseFor(tx, me, caseId, 'crime_recording.view');
  assertCan(me, action, { areaId: found.areaId }, { type: 'crime_recording', id: found.id });
  // One change at a time per case: the revision numbers are taken under this lock.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`crime_recording:${found.id}`}))`);
  return found;
}

async function addRevision(tx: Tx, me: Viewer, found: Case, input: { revision: number; recording: CrimeRecording; crimeReference: string; note: string }) {
  const [latest] = await tx
    .select({ id: caseCrimeRecordings.id, revision: caseCrimeRecordings.revision })
    .from(caseCrimeRecordings)
    .where(eq(caseCrimeRecordings.caseId, found.id))
    .orderBy(desc(caseCrimeRecordings.revision))
    .limit(1);
  if ((latest?.revision ?? 0) !== input.revision) throw new StaleVersion();
  const [row] = await tx
    .insert(caseCrimeRecordings)
    .values({
      areaId: found.areaId,
      caseId: found.id,
      revision: input.revision + 1,
      recording: input.recording,
      crimeReference: input.crimeReference || null,
      note: input.note || null,
      recordedBy: me.userId,
      recordedAgencyId: me.agencyId,
    })
    .returning({ id: caseCrimeRecordings.id, revision: caseCrimeRecordings.revision });
  return row;
}

/** Records how the police have recorded the crime: a new revision; the earlier ones stay as history. */
export async function recordCrime(viewer: Viewer, raw: z.input<typeof recordCrimeSchema>): Promise<{ revision: number }> {
  const input = parseInput(recordCrimeSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const found = await caseToRecord(tx, me, input.caseId, 'crime_recording.record');
    const { revision } = await addRevision(tx, me, found, input);
    await recordAudit(tx, me, { action: 'crime_recording.record', resourceType: 'case', resourceId: found.id, caseId: found.id, detail: `${input.recording}_revision_${revision}` });
    return { revision };
  });
}

/**
 * The police's answer to the prompt to review a recording that is not stalking: changed (a new
 * revision) or kept, with the reason. It answers for the entries logged so far: new ones bring it back.
 */
export async function reviewCrimeRecording(viewer: Viewer, raw: z.input<typeof reviewCrimeRecordingSchema>): Promise<{ answer: CrimeRecordingReviewAnswer }> {
  const input = parseInput(reviewCrimeRecordingSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const found = await caseToRecord(tx, me, input.caseId, 'crime_recording.review');
    const before = await recordingOf(tx, me, found);
    if (before.revision !== input.revision) throw new StaleVersion();
    if (!before.reviewDue) throw new InputRejected({ form: 'No review of the recording is due on this case' });
    const { lastEntryNumber } = await logFactsOf(tx, found.id);
    let recordingId: string | null;
    if (input.answer === 'changed') {
      if (input.recording === before.recording) throw new InputRejected({ recording: 'Select a recording other than the one in force, or answer that you kept it' });
      recordingId = (await addRevision(tx, me, found, { ...input, recording: input.recording as CrimeRecording })).id;
    } else {
      const [latest] = await tx.select({ id: caseCrimeRecordings.id }).from(caseCrimeRecordings).where(eq(caseCrimeRecordings.caseId, found.id)).orderBy(desc(caseCrimeRecordings.revision)).limit(1);
      recordingId = latest?.id ?? null;
    }
    await tx.insert(crimeRecordingReviews).values({
      areaId: found.areaId,
      caseId: found.id,
      answer: input.answer,
      recordingId,
      reason: input.answer === 'kept' ? input.reason : input.reason || null,
      incidentsUpTo: lastEntryNumber,
      reviewedBy: me.userId,
      reviewedAgencyId: me.agencyId,
    });
    await recordAudit(tx, me, { action: 'crime_recording.review', resourceType: 'case', resourceId: found.id, caseId: found.id, detail: `${input.answer}_up_to_${lastEntryNumber}` });
    return { answer: input.answer };
  });
}
