import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { AccessDenied, ConfidentialityNotConfirmed, SessionInvalid } from '@/lib/errors';

/**
 * For pages: runs a lib/ read and turns its refusals into what the user sees — "not found" for a
 * record outside their reach, 403 for a page their role may not use, the sign-in page when their
 * session has ended. The refusal itself was already audited by the verb.
 */
export async function orRefuse<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (err) {
    if (err instanceof AccessDenied) {
      if (err.asNotFound) notFound();
      forbidden();
    }
    if (err instanceof SessionInvalid) redirect('/sign-in?reason=ended');
    if (err instanceof ConfidentialityNotConfirmed) redirect(`/meetings/${err.meetingId}/run`);
    throw err;
  }
}
