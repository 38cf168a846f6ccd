import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { recoveryCodes, sessions, users } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied, InputRejected } from '@/lib/errors';
import { knownId } from '@/lib/input/ids';
import { loadUserRecord } from './load';
import { now } from '@/db/clock';

/**
 * A lost authenticator: the administrator removes the user's key and recovery codes and ends every
 * session they have; the user sets up an app again at their next sign-in (decision 0016).
 */
export function resetMfa(viewer: Viewer, userId: string): Promise<{ sessionsEnded: number }> {
  return withViewer(viewer, async (tx, me) => {
    const record = await loadUserRecord(tx, knownId(userId, 'user.reset_mfa', 'user'), true);
    if (!record) throw new AccessDenied('user.reset_mfa', 'user', userId, true);
    assertCan(me, 'user.reset_mfa', { areaId: record.areaId }, { type: 'user', id: userId });
    if (userId === me.userId) throw new InputRejected({ userId: 'Another administrator must reset your own authenticator app' });

    const at = now();
    await tx
      .update(users)
      .set({ totpSecret: null, totpPendingSecret: null, totpEnrolledAt: null, totpLastStep: null, updatedAt: at })
      .where(eq(users.id, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    const ended = await tx
      .update(sessions)
      .set({ endedAt: at, endReason: 'ended_by_admin' })
      .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)))
      .returning({ id: sessions.id });
    await recordAudit(tx, me, { action: 'user.reset_mfa', resourceType: 'user', resourceId: userId, detail: `sessions_ended_${ended.length}` });
    return { sessionsEnded: ended.length };
  });
}
