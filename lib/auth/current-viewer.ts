import 'server-only';
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { SessionInvalid } from '@/lib/errors';
import { safeReturnTo } from './return-to';
import { loadLiveSessionAndUnread, markCheckedThisRequest } from './session';
import { sessionIdOfRequest } from './session-token';
import { recordRefusal } from './with-viewer';
import type { Viewer } from './viewer-type';
import { atBoundary } from '@/lib/logging/transaction';

/** The id proxy.ts gave this request; it ties the request's audit events together. */
export async function currentRequestId(): Promise<string> {
  return (await headers()).get('x-request-id') ?? randomUUID();
}

type Current =
  | { viewer: Viewer; /** For the header: the viewer's unread notifications, up to UNREAD_CAP + 1. */ unread: number }
  | { viewer: null; unread: 0; ended?: { sessionId: string; requestId: string; error: SessionInvalid } };

/**
 * The signed-in user of this request, checked against their live session row once per request: the
 * layout, the page and their verbs share the check. The header's unread count comes with it, as every
 * signed-in page shows it. One statement, outside any transaction (loadLiveSessionAndUnread).
 */
export const currentViewer = cache(async (): Promise<Current> => {
  const sessionId = await sessionIdOfRequest();
  if (!sessionId) return { viewer: null, unread: 0 };
  const requestId = await currentRequestId();
  const db = await getDb();
  try {
    const { viewer, unread } = await atBoundary({ verb: 'currentViewer', requestId }, () => loadLiveSessionAndUnread(db, sessionId, requestId));
    return { viewer: markCheckedThisRequest(viewer), unread };
  } catch (err) {
    if (!(err instanceof SessionInvalid)) throw err;
    return { viewer: null, unread: 0, ended: { sessionId, requestId, error: err } };
  }
});

/**
 * For pages and server actions: the viewer, or a redirect to the sign-in page. (The layout uses
 * currentViewer only to draw the header; it does not refuse or record anything.)
 */
export async function requireViewer(): Promise<Viewer> {
  const current = await currentViewer();
  if (current.viewer) return current.viewer;
  const returnTo = safeReturnTo((await headers()).get('x-return-to'));
  // Past the password step only: on to the code (or enrolment) step, and back here.
  if (current.ended?.error.reason === 'mfa_not_verified') redirect(`/sign-in/code?${new URLSearchParams({ returnTo })}`);
  const params = new URLSearchParams();
  if (current.ended) {
    // A request for signed-in content with an ended session: refused, and recorded as such.
    const { sessionId, requestId, error } = current.ended;
    await recordRefusal(await getDb(), { sessionId, requestId }, error);
    params.set('reason', 'ended');
  }
  if (returnTo !== '/') params.set('returnTo', returnTo);
  redirect(`/sign-in${params.size ? `?${params}` : ''}`);
}
