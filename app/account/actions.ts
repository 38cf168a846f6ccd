'use server';

import { endSession } from '@/lib/auth/end-session';
import { setEmailPreferences } from '@/lib/notifications/preferences';
import { emailPreferencesSchema } from '@/lib/notifications/schemas';
import { sessionIdSchema } from '@/lib/users/schemas';
import { runAction } from '../_lib/server-action';

export async function saveEmailPreferencesAction(raw: unknown) {
  return runAction(emailPreferencesSchema, raw, (viewer, input) => setEmailPreferences(viewer, input).then(() => null));
}

/** Ends one of the viewer's sessions (or, for an administrator, one of a user's). */
export async function endSessionAction(raw: unknown) {
  return runAction(sessionIdSchema, raw, (viewer, input) => endSession(viewer, input.sessionId));
}
