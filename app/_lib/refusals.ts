import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { safeReturnTo } from '@/lib/auth/return-to';
import { AccessDenied, ConfidentialityNotConfirmed, InputRejected, SessionInvalid, StaleVersion, StepUpRequired } from '@/lib/errors';

/**
 * What a refusal from a lib/ verb means to the person who asked, whatever answers them (a page, a
 * server action's form, a download). The one place that reads the domain's errors; the refusal itself
 * was already audited by the verb. Anything else is not a refusal and is thrown on.
 */
export type Refusal =
  | { kind: 'not_found'; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'signed_out' }
  | { kind: 'step_up' }
  | { kind: 'input'; fieldErrors: Record<string, string>; message: string }
  | { kind: 'conflict'; message: string }
  | { kind: 'confirm_confidentiality'; meetingId: string; message: string };

export function refusalOf(err: unknown): Refusal | null {
  if (err instanceof AccessDenied) {
    return err.asNotFound ? { kind: 'not_found', message: 'That record was not found.' } : { kind: 'forbidden', message: 'You do not have permission to do that.' };
  }
  if (err instanceof SessionInvalid) return { kind: 'signed_out' };
  if (err instanceof StepUpRequired) return { kind: 'step_up' };
  if (err instanceof InputRejected) return { kind: 'input', fieldErrors: err.fieldErrors, message: err.message };
  if (err instanceof StaleVersion) return { kind: 'conflict', message: err.message };
  if (err instanceof ConfidentialityNotConfirmed) return { kind: 'confirm_confidentiality', meetingId: err.meetingId, message: err.message };
  return null;
}

/** Sends a viewer whose session has ended to sign in again. */
export function toSignIn(): never {
  redirect('/sign-in?reason=ended');
}

/**
 * Sends a viewer whose last code is too old for what they asked (lib/authz, step-up) to give one
 * again, and back: to the page they were on (the referring page of a download, as a download's own
 * address may be a POST), or the page of a server action.
 */
export async function toStepUp(): Promise<never> {
  const h = await headers();
  const referer = h.get('referer');
  let back = h.get('x-return-to');
  if (referer) {
    try {
      const url = new URL(referer);
      if (url.host === h.get('host')) back = url.pathname + url.search;
    } catch {
      // An unreadable Referer is ignored.
    }
  }
  redirect(`/step-up?${new URLSearchParams({ returnTo: safeReturnTo(back) })}`);
}

/** For a route handler (a PDF, a CSV, a redirect): the refusal as an HTTP answer. */
export async function refusalResponse(err: unknown): Promise<Response> {
  const refusal = refusalOf(err);
  if (!refusal) throw err;
  switch (refusal.kind) {
    case 'signed_out':
      return toSignIn();
    case 'step_up':
      return toStepUp();
    case 'not_found':
      return new Response('Not found', { status: 404 });
    case 'forbidden':
      return new Response(refusal.message, { status: 403 });
    case 'input':
    case 'conflict':
      return new Response(refusal.message, { status: 409 });
    case 'confirm_confidentiality':
      redirect(`/meetings/${refusal.meetingId}/run`);
  }
}
