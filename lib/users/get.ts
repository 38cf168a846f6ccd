import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { sessions } from '@/db/schema';
import { assertCan, can } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied } from '@/lib/errors';
import { isLiveSql } from '@/lib/auth/live-sessions';
import { knownId } from '@/lib/input/ids';
import { loadUserRecord } from './load';
import { now } from '@/db/clock';

export interface UserDetail {
  id: string;
  name: string;
  email: string;
  role: string;
  agencyId: string;
  agencyName: string;
  active: boolean;
  /** The user has an authenticator app enrolled (else they enrol at their next sign-in). */
  mfaEnrolled: boolean;
  awaitingSetup: boolean;
  setupLinkExpiresAt: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
  sessions: { id: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date; userAgent: string | null; current: boolean }[];
  /** The viewer may read everything this user touched (the audit log). */
  canSeeActivity: boolean;
}

/** One user with their live sessions: an admin of their area, or the user themself. */
export function getUser(viewer: Viewer, userId: string): Promise<UserDetail> {
  return withViewer(viewer, async (tx, me) => {
    const record = await loadUserRecord(tx, knownId(userId, 'user.view', 'user'));
    if (!record) throw new AccessDenied('user.view', 'user', userId, true);
    const { user, areaId, agencyName } = record;
    assertCan(me, 'user.view', { areaId, userId: user.id }, { type: 'user', id: user.id });
    const at = now();
    const live = await tx
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, user.id), isLiveSql(at)))
      .orderBy(desc(sessions.lastSeenAt));
    await recordAudit(tx, me, { action: 'user.view', resourceType: 'user', resourceId: user.id });
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      agencyId: user.agencyId,
      agencyName,
      active: user.active,
      mfaEnrolled: user.totpSecret != null,
      awaitingSetup: user.passwordHash == null,
      setupLinkExpiresAt: user.setupTokenExpiresAt && user.setupTokenExpiresAt > at ? user.setupTokenExpiresAt : null,
      lastSignInAt: user.lastSignInAt,
      createdAt: user.createdAt,
      sessions: live.map((s) => ({
        id: s.id,
        createdAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        expiresAt: s.expiresAt,
        userAgent: s.userAgent,
        current: s.id === me.sessionId,
      })),
      canSeeActivity: can(me, 'audit.list', { areaId }),
    };
  });
}
