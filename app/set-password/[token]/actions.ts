'use server';

import { completeSetup } from '@/lib/users/setup-link';
import { currentRequestId } from '@/lib/auth/current-viewer';
import { refusalOf } from '../../_lib/refusals';
import type { ActionResult } from '../../_lib/server-action';

/** Anyone holding a valid set-up link may use it once: no session is needed. */
export async function setPasswordAction(raw: unknown): Promise<ActionResult> {
  try {
    await completeSetup(raw as Parameters<typeof completeSetup>[0], await currentRequestId());
    return { ok: true, data: null };
  } catch (err) {
    const refusal = refusalOf(err);
    if (refusal?.kind !== 'input') throw err;
    // What is wrong with the link itself (expired, used, unknown) is said of the whole form.
    const { token, ...fields } = refusal.fieldErrors;
    return token ? { ok: false, fieldErrors: fields, formError: token } : { ok: false, fieldErrors: fields };
  }
}
