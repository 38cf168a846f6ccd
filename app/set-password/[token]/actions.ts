'use server';

import { completeSetup } from '@/lib/users/setup-link';
import { currentRequestId } from '@/lib/auth/current-viewer';
import { setPasswordSchema } from '@/lib/auth/password-schema';
import { refusalOf } from '../../_lib/refusals';
import { fieldErrorsOf, type ActionResult } from '../../_lib/server-action';

/** Anyone holding a valid set-up link may use it once: no session is needed. */
export async function setPasswordAction(raw: unknown): Promise<ActionResult> {
  const parsed = setPasswordSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await completeSetup(parsed.data, await currentRequestId());
    return { ok: true, data: null };
  } catch (err) {
    const refusal = refusalOf(err);
    if (refusal?.kind === 'input') return { ok: false, fieldErrors: {}, formError: refusal.message };
    throw err;
  }
}
