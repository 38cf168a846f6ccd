import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import type { AgencyType, Role } from '@/db/enums';
import { rowsOf } from '@/db/rows';
import { UNREAD_CAP } from '@/lib/notifications/counts';
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

/** A row of marac_viewer_of_session, as a raw statement gives it: instants as PostgreSQL writes them (drizzle's driver leaves them unparsed). */
interface SessionRow {
  session_id: string;
  user_id: string;
  expires_at: string;
  last_seen_at: string;
  ended_at: string | null;
  end_reason: string | null;
  mfa_verified_at: string | null;
  last_code_at: string | null;
  name: string;
  role: Role;
  active: boolean;
  agency_id: string;
  agency_name: string;
  agency_type: AgencyType;
  area_id: string;
  unread: number;
}

/**
 * Loads the session row with its user, and throws SessionInvalid unless the session is live:
 * not ended, within its absolute lifetime, active within the idle timeout, its user enabled, and its
 * second factor given (decision 0016): a session past the password step alone is refused everywhere
 * but the code and enrolment pages, as `mfa_not_verified`.
 * Role and agency come from the user row, so a change takes effect on the next request.
 *
 * One statement, which needs no transaction: the database's `marac_viewer_of_session` reads the one
 * session named, and nothing else, whoever asks (lib/authz/row-security.ts). It brings the user's
 * unread notifications for the header too, counted up to UNREAD_CAP + 1 from the partial index of
 * unread rows (they are about no one but the user, so the count is not an audit event).
 */
export async function loadLiveSessionAndUnread(
  q: Db | Tx,
  sessionId: string,
  requestId: string,
  at = now(),
  /** The code and enrolment pages load a session that has passed the password step only. */
  { passwordStepOnly = false }: { passwordStepOnly?: boolean } = {},
): Promise<{ viewer: Viewer; unread: number }> {
  const [row] = rowsOf<SessionRow>(await q.execute(sql`select * from marac_viewer_of_session(${sessionId}, ${UNREAD_CAP})`));
  if (!row) throw new SessionInvalid('unknown_session');
  const lastSeenAt = new Date(row.last_seen_at);
  const idleLimit = minutes(getSettings().sessionIdleMinutes);
  const reason = row.ended_at
    ? `session_${row.end_reason ?? 'ended'}`
    : !row.active
      ? 'user_disabled'
      : new Date(row.expires_at) <= at
        ? 'session_expired'
        : at.getTime() - lastSeenAt.getTime() > idleLimit
          ? 'session_idle'
          : !row.mfa_verified_at && !passwordStepOnly
            ? 'mfa_not_verified'
            : null;
  if (reason) {
    throw new SessionInvalid(reason, { userId: row.user_id, agencyId: row.agency_id, areaId: row.area_id, role: row.role });
  }

  if (at.getTime() - lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await q.execute(sql`select marac_touch_session(${sessionId}, ${at.toISOString()})`);
  }

  const viewer: Viewer = {
    sessionId: row.session_id,
    userId: row.user_id,
    name: row.name,
    role: row.role,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    agencyType: row.agency_type,
    areaId: row.area_id,
    requestId,
    mfaVerified: row.mfa_verified_at != null,
    lastCodeAt: row.last_code_at ? new Date(row.last_code_at) : null,
  };
  return { viewer, unread: row.unread };
}

/** The same, for a verb: the live viewer alone. */
export async function loadLiveSession(...args: Parameters<typeof loadLiveSessionAndUnread>): Promise<Viewer> {
  return (await loadLiveSessionAndUnread(...args)).viewer;
}
