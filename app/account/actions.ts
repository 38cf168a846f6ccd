'use server';

import { endSession } from '@/lib/auth/end-session';
import { idIn } from '@/lib/input/ids';
import { setEmailPreferences } from '@/lib/notifications/preferences';
import { runAction } from '../_lib/server-action';

export async function saveEmailPreferencesAction(raw: unknown) {
  return runAction(raw, (viewer, input: Parameters<typeof setEmailPreferences>[1]) => setEmailPreferences(viewer, input).then(() => null));
}

/** Ends one of the viewer's sessions (or, for an administrator, one of a user's). */
export async function endSessionAction(raw: unknown) {
  return runAction(raw, (viewer) => endSession(viewer, idIn(raw, 'sessionId')));
}
