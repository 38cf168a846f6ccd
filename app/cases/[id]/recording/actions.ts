'use server';

import { recordCrime, reviewCrimeRecording } from '@/lib/crime-recording/recording';
import { runAction } from '../../../_lib/server-action';

export async function recordCrimeAction(raw: unknown) {
  return runAction(raw, recordCrime);
}

export async function reviewCrimeRecordingAction(raw: unknown) {
  return runAction(raw, reviewCrimeRecording);
}
