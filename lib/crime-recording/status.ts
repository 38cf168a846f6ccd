import { stalkingRecordings, type CrimeRecording } from '@/db/enums';

// When a case's log asks the police to review how they recorded the crime, said once. The SQL that
// counts the log's stalking entries is in ./status-sql.ts. This module imports no server code.

/** Harassment needs two incidents or more (Protection from Harassment Act 1997): so does a course of stalking conduct. */
export const courseOfConductIncidents = 2;

/** Stalking offences: s2A and s4A. Any other recording (or none), with a course of stalking conduct, prompts a review. */
export function isStalkingOffence(recording: CrimeRecording): boolean {
  return (stalkingRecordings as readonly CrimeRecording[]).includes(recording);
}

/**
 * A course of conduct of stalking: two or more entries of the log, not withdrawn, each recording (as
 * it now says) at least one stalking behaviour.
 */
export function isCourseOfStalkingConduct(stalkingEntries: number): boolean {
  return stalkingEntries >= courseOfConductIncidents;
}

export interface ReviewFacts {
  /** The recording in force ('not_recorded' when there is none). */
  recording: CrimeRecording;
  /** Entries of the log, not withdrawn, that record a stalking behaviour. */
  stalkingEntries: number;
  /** The highest entry number on the log (0 when it is empty). */
  lastEntryNumber: number;
  /** `incidentsUpTo` of the latest review, if any. */
  reviewedUpTo: number | null;
}

/**
 * The police are asked to review the recording: a course of stalking conduct, a recording that is not
 * a stalking offence, and no review since the last entry was logged (it comes back with new entries).
 */
export function isReviewDue(facts: ReviewFacts): boolean {
  return (
    isCourseOfStalkingConduct(facts.stalkingEntries) &&
    !isStalkingOffence(facts.recording) &&
    (facts.reviewedUpTo === null || facts.lastEntryNumber > facts.reviewedUpTo)
  );
}
