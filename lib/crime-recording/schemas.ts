import { z } from 'zod';
import { crimeRecordingReviewAnswers, crimeRecordings } from '@/db/enums';
import { typedText } from '@/lib/input/typed-text';

// The forms of a case's crime recording, shared by the browser and the verbs (./recording.ts).

const recordingFields = {
  caseId: z.uuid(),
  /** The revision the form was opened at (0: not yet recorded): a change made meanwhile is not overwritten. */
  revision: z.coerce.number().int().min(0),
  recording: z.enum(crimeRecordings, 'Select how the crime is recorded'),
  crimeReference: typedText('The crime reference').max(100, 'The crime reference must be 100 characters or fewer').default(''),
  note: typedText('The note').max(1000, 'The note must be 1000 characters or fewer').default(''),
};

export const recordCrimeSchema = z.object(recordingFields);

/** The answer to the review prompt: changed (to a recording, as above), or kept with a reason. */
export const reviewCrimeRecordingSchema = z
  .object({
    ...recordingFields,
    answer: z.enum(crimeRecordingReviewAnswers, 'Select whether you changed the recording or kept it'),
    recording: z.union([z.literal(''), z.enum(crimeRecordings)]).default(''),
    reason: typedText('The reason').max(1000, 'The reason must be 1000 characters or fewer').default(''),
  })
  .superRefine((v, ctx) => {
    if (v.answer === 'changed' && v.recording === '') ctx.addIssue({ code: 'custom', path: ['recording'], message: 'Select the new recording' });
    if (v.answer === 'kept' && v.reason === '') ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why the recording is kept' });
  });

export type RecordCrimeInput = z.input<typeof recordCrimeSchema>;
export type ReviewCrimeRecordingInput = z.input<typeof reviewCrimeRecordingSchema>;
