'use server';

import { setEmailPreferences } from '@/lib/notifications/preferences';
import { emailPreferencesSchema } from '@/lib/notifications/schemas';
import { runAction } from '../_lib/action';

export async function saveEmailPreferencesAction(raw: unknown) {
  return runAction(emailPreferencesSchema, raw, (viewer, input) => setEmailPreferences(viewer, input).then(() => null));
}
