import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { todayInUk } from '@/db/clock';
import { caseCrimeRecordings, crimeRecordingReviews } from '@/db/schema';
import { daysAfter } from '@/lib/dates/calendar-date';
import { AccessDenied, InputRejected } from '@/lib/errors';
import { recordIncident, withdrawIncident } from '@/lib/incidents/log';
import type { RecordIncidentInput } from '@/lib/incidents/schemas';
import { expectAudit } from '@/test/audit';
import { makeAcceptedCase } from '@/test/cases';
import { makeAreaWithStaff, newRequest } from '@/test/factories';
import { getCrimeRecording, recordCrime, reviewCrimeRecording } from './recording';
import { isReviewDue } from './status';

const entry = (caseId: string, behaviours: string[], daysAgo = 3) =>
  ({ caseId, occurredPrecision: 'day', occurredOn: daysAfter(todayInUk(), -daysAgo), channel: 'text_message', summary: 'Texts again', behaviours }) as unknown as RecordIncidentInput;

async function refusal(work: Promise<unknown>) {
  return work.then(
    () => null,
    (e: unknown) => e,
  );
}

describe('the review prompt’s rule', () => {
  it('asks for a review with two stalking entries and a recording that is not stalking, until reviewed, and again after new entries', () => {
    const facts = { recording: 'harassment_s2' as const, stalkingEntries: 2, lastEntryNumber: 2, reviewedUpTo: null };
    expect(isReviewDue(facts)).toBe(true);
    expect(isReviewDue({ ...facts, stalkingEntries: 1 })).toBe(false);
    expect(isReviewDue({ ...facts, recording: 'stalking_s2a' })).toBe(false);
    expect(isReviewDue({ ...facts, recording: 'stalking_s4a' })).toBe(false);
    expect(isReviewDue({ ...facts, recording: 'not_recorded' })).toBe(true);
    expect(isReviewDue({ ...facts, reviewedUpTo: 2 })).toBe(false);
    expect(isReviewDue({ ...facts, reviewedUpTo: 2, lastEntryNumber: 3 })).toBe(true);
  });
});

describe('how the police recorded the crime', () => {
  it('prompts the police of the case, only them, once the log shows a course of stalking conduct and the recording is not stalking; keeps their answer; the prompt returns with new entries', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Recording Victim' });
    const { officer, coordinator } = staff.as;

    // Not yet recorded, no course of conduct: no prompt. An entry without behaviours, or withdrawn, does not count.
    const first = newRequest(coordinator);
    expect(await getCrimeRecording(first, c.id)).toMatchObject({ recording: 'not_recorded', revisions: [], reviewDue: false, canRecord: false });
    await expectAudit(first, { action: 'crime_recording.view', outcome: 'allowed', resourceType: 'case', resourceId: c.id, caseId: c.id });
    await recordIncident(officer, entry(c.id, ['contacting']));
    await recordIncident(officer, entry(c.id, []));
    await recordIncident(officer, entry(c.id, ['following']));
    await withdrawIncident(officer, { caseId: c.id, number: 3, reason: 'Logged twice' });
    expect((await getCrimeRecording(officer, c.id)).reviewDue).toBe(false);

    // The police record it as harassment; a second stalking entry makes a course of conduct.
    const recorder = newRequest(officer);
    expect(await recordCrime(recorder, { caseId: c.id, revision: 0, recording: 'harassment_s2', crimeReference: 'CR/1', note: '' })).toEqual({ revision: 1 });
    await expectAudit(recorder, { action: 'crime_recording.record', outcome: 'allowed', resourceType: 'case', resourceId: c.id, caseId: c.id, detail: 'harassment_s2_revision_1' });
    await recordIncident(officer, entry(c.id, ['watching', 'loitering']));
    expect(await getCrimeRecording(officer, c.id)).toMatchObject({ recording: 'harassment_s2', revision: 1, reviewDue: true, canRecord: true });
    expect(await getCrimeRecording(staff.as.chair, c.id)).toMatchObject({ reviewDue: true }); // the chair is a police officer
    expect(await getCrimeRecording(coordinator, c.id)).toMatchObject({ recording: 'harassment_s2', reviewDue: false, canRecord: false });

    // Kept, with a reason: stored with the entries it answered for, audited; the prompt goes.
    const reviewer = newRequest(officer);
    const blank = await refusal(reviewCrimeRecording(reviewer, { caseId: c.id, revision: 1, answer: 'kept', reason: '' }));
    expect((blank as InputRejected).fieldErrors).toEqual({ reason: 'Say why the recording is kept' });
    await reviewCrimeRecording(reviewer, { caseId: c.id, revision: 1, answer: 'kept', reason: 'The CPS advised harassment on the evidence so far' });
    await expectAudit(reviewer, { action: 'crime_recording.review', outcome: 'allowed', resourceType: 'case', resourceId: c.id, caseId: c.id, detail: 'kept_up_to_4' });
    const db = await getDb();
    const [kept] = await db.select().from(crimeRecordingReviews).where(eq(crimeRecordingReviews.caseId, c.id));
    const [revision1] = await db.select().from(caseCrimeRecordings).where(eq(caseCrimeRecordings.caseId, c.id));
    expect(kept).toMatchObject({ answer: 'kept', reason: 'The CPS advised harassment on the evidence so far', incidentsUpTo: 4, recordingId: revision1.id, reviewedBy: staff.users.officer.id });
    expect(await getCrimeRecording(officer, c.id)).toMatchObject({ reviewDue: false, reviews: [{ answer: 'kept', incidentsUpTo: 4 }] });
    expect((await refusal(reviewCrimeRecording(officer, { caseId: c.id, revision: 1, answer: 'kept', reason: 'Again' })) as InputRejected).fieldErrors).toEqual({ form: 'No review of the recording is due on this case' });

    // A new entry brings it back; changed to stalking, it goes for good, and the history keeps both.
    await recordIncident(officer, entry(c.id, ['monitoring'], 1));
    expect((await getCrimeRecording(officer, c.id)).reviewDue).toBe(true);
    await reviewCrimeRecording(officer, { caseId: c.id, revision: 1, answer: 'changed', recording: 'stalking_s2a', crimeReference: 'CR/1', reason: '' });
    const after = await getCrimeRecording(officer, c.id);
    expect(after).toMatchObject({ recording: 'stalking_s2a', revision: 2, reviewDue: false });
    expect(after.revisions.map((r) => r.recording)).toEqual(['stalking_s2a', 'harassment_s2']);
    expect(after.reviews.map((r) => [r.answer, r.incidentsUpTo])).toEqual([
      ['changed', 5],
      ['kept', 4],
    ]);
    await recordIncident(officer, entry(c.id, ['threats'], 1));
    expect((await getCrimeRecording(officer, c.id)).reviewDue).toBe(false);
  });

  it('lets no one but the police change it (refused, audited), refuses a change made from an old revision, and answers an agency outside the case "not found"', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Recording Victim' });
    const coordinator = newRequest(staff.as.coordinator);
    const refused = await refusal(recordCrime(coordinator, { caseId: c.id, revision: 0, recording: 'stalking_s4a' }));
    expect(refused).toBeInstanceOf(AccessDenied);
    expect((refused as AccessDenied).asNotFound).toBe(false);
    await expectAudit(coordinator, { action: 'crime_recording.record', outcome: 'denied', resourceType: 'crime_recording', resourceId: c.id });

    await recordCrime(staff.as.officer, { caseId: c.id, revision: 0, recording: 'harassment_s2' });
    expect((await refusal(recordCrime(staff.as.officer, { caseId: c.id, revision: 0, recording: 'stalking_s2a' })))?.constructor.name).toBe('StaleVersion');

    const housing = newRequest(staff.as.housingOfficer);
    const hidden = await refusal(getCrimeRecording(housing, c.id));
    expect((hidden as AccessDenied).asNotFound).toBe(true);
    await expectAudit(housing, { action: 'crime_recording.view', outcome: 'denied', resourceType: 'case', resourceId: c.id, detail: 'not_found' });
    const db = await getDb();
    expect(await db.select().from(caseCrimeRecordings).where(eq(caseCrimeRecordings.caseId, c.id))).toHaveLength(1);
  });
});
