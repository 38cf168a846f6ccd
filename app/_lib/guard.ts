import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { refusalOf, toSignIn, toStepUp } from './refusals';

/**
 * For pages: runs a lib/ read and turns its refusals into what the user sees — "not found" for a
 * record outside their reach, 403 for a page their role may not use, the sign-in page when their
 * session has ended (./refusals.ts reads the refusal).
 */
export async function orRefuse<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (err) {
    const refusal = refusalOf(err);
    if (refusal?.kind === 'not_found') notFound();
    if (refusal?.kind === 'forbidden') forbidden();
    if (refusal?.kind === 'signed_out') toSignIn();
    if (refusal?.kind === 'step_up') await toStepUp();
    if (refusal?.kind === 'confirm_confidentiality') redirect(`/meetings/${refusal.meetingId}/run`);
    throw err;
  }
}
