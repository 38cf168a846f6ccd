'use server';

import { endSession } from '@/lib/auth/end-session';
import { sessionIdSchema } from '@/lib/users/schemas';
import { runAction } from './_lib/action';

export async function endSessionAction(raw: unknown) {
  return runAction(sessionIdSchema, raw, (viewer, input) => endSession(viewer, input.sessionId));
}
