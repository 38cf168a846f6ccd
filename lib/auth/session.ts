import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, sessions, users } from '@/db/schema';
import { getSettings, minutes } from '@/lib/settings';
import { SessionInvalid } from '@/lib/errors';
import type { Viewer } from './viewer-type';
import { now } from '@/db/clock';

// Refresh last_seen_at at most this often, so reads do not each write.
const TOUCH_EVERY_MS = 30_000;

/**
 * The viewers that currentViewer loaded live for the request being served. React's request cache
 * gives each request its own viewer object, so a viewer found here was checked against its session
 * row moments ago by this same request, and the verbs it calls need not read the row again
 * (docs/decisions/0013). Any other viewer (a test's, the demo's, a job's) is checked in every verb.
 */
const checkedThisRequest = new WeakSet<Viewer>();

export function markCheckedThisRequest(viewer: Viewer): Viewer {
  checkedThisRequest.add(viewer);
  return viewer;
}

export function wasCheckedThisRequest(viewer: Viewer): boolean {
  return checkedThisRequest.has(viewer);
}

/**
 * Loads the session row and its user, and throws SessionInvalid unless the session is live:
 * not ended, within its absolute lifetime, active within the idle timeout, its user enabled, and its
 * second factor given (decision 0016): a session past the password step alone is refused everywhere
 * but the code and enrolment pages, as `mfa_not_verified`.
 * Role and agency come from the user row, so a change takes effect on the next request.
 */
export async function loadLiveSession(
  tx: Tx,
  sessionId: string,
  requestId: string,
  at = now(),
  /** The code and enrolment pages load a session that has passed the password step only. */
  { passwordStepOnly = false }: { passwordStepOnly?: boolean } = {},
): Promise<Viewer> {
  const [row] = await tx
    .select({
      session: sessions,
      user: { id: users.id, name: users.name, role: users.role, active: users.active, agencyId: users.agencyId },
      agency: { name: agencies.name, type: agencies.type, areaId: agencies.areaId },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(sessions.id, sessionId))
    .limit(1);

  if (!row) throw new SessionInvalid('unknown_session');
  const { session, user, agency } = row;
  const idleLimit = minutes(getSettings().sessionIdleMinutes);
  const reason = session.endedAt
    ? `session_${session.endReason ?? 'ended'}`
    : !user.active
      ? 'user_disabled'
      : session.expiresAt <= at
        ? 'session_expired'
        : at.getTime() - session.lastSeenAt.getTime() > idleLimit
          ? 'session_idle'
          : !session.mfaVerifiedAt && !passwordStepOnly
            ? 'mfa_not_verified'
            : null;
  if (reason) {
    throw new SessionInvalid(reason, {
      userId: user.id,
      agencyId: user.agencyId,
      areaId: agency.areaId,
      role: user.role,
    });
  }

  if (at.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await tx.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, session.id));
  }

  return {
    sessionId: session.id,
    userId: user.id,
    name: user.name,
    role: user.role,
    agencyId: user.agencyId,
    agencyName: agency.name,
    agencyType: agency.type,
    areaId: agency.areaId,
    requestId,
    mfaVerified: session.mfaVerifiedAt != null,
    lastCodeAt: session.lastCodeAt,
  };
}
