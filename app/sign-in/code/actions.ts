'use server';

import { headers } from 'next/headers';
import { currentRequestId } from '@/lib/auth/current-viewer';
import { confirmEnrolmentThrottled, signInCodeStep } from '@/lib/auth/mfa';
import { sessionIdOfRequest } from '@/lib/auth/session-token';
import { sourceAddress } from '@/lib/auth/source-address';
import { SessionInvalid } from '@/lib/errors';
import type { ActionResult } from '../../_lib/server-action';
import { CODE_FAILED } from './messages';

async function attempt(raw: unknown) {
  const sessionId = await sessionIdOfRequest();
  const h = await headers();
  const code = typeof (raw as { code?: unknown })?.code === 'string' ? ((raw as { code: string }).code) : '';
  if (!sessionId) return null;
  return { sessionId, code, requestId: await currentRequestId(), address: sourceAddress((name) => h.get(name)) };
}

const failed: ActionResult<never> = { ok: false, fieldErrors: { code: CODE_FAILED } };
const ended: ActionResult<never> = { ok: false, fieldErrors: {}, formError: 'Your sign-in has ended. Sign in again.' };

/** The code step: a code from the app, or a recovery code. Every failure answers the same. */
export async function codeStepAction(raw: unknown): Promise<ActionResult> {
  const a = await attempt(raw);
  if (!a) return ended;
  try {
    return (await signInCodeStep(a)) ? { ok: true, data: null } : failed;
  } catch (err) {
    if (err instanceof SessionInvalid) return ended;
    throw err;
  }
}

/** Enrolment's confirmation: the recovery codes, to be shown once. */
export async function confirmEnrolmentAction(raw: unknown): Promise<ActionResult<{ codes: string[] }>> {
  const a = await attempt(raw);
  if (!a) return ended;
  try {
    const codes = await confirmEnrolmentThrottled(a);
    return codes ? { ok: true, data: { codes } } : failed;
  } catch (err) {
    if (err instanceof SessionInvalid) return ended;
    throw err;
  }
}
