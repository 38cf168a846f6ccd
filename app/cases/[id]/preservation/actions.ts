'use server';

import { extendPreservationRequest, recordPreservationRequest, updatePreservationRequest } from '@/lib/preservation/requests';
import { runAction } from '../../../_lib/server-action';

export async function recordPreservationAction(raw: unknown) {
  return runAction(raw, recordPreservationRequest);
}

export async function updatePreservationAction(raw: unknown) {
  return runAction(raw, updatePreservationRequest);
}

export async function extendPreservationAction(raw: unknown) {
  return runAction(raw, extendPreservationRequest);
}
