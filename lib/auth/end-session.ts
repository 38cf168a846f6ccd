import 'server-only';
import { eq } from 'drizzle-orm';
import { sessions } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { AccessDenied } from '@/lib/errors';
import { knownId } from '@/lib/input/ids';
import { loadUserRecord } from '@/lib/users/load';
import { withViewer } from './with-viewer';
import type { Viewer } from './viewer-type';
import { now } from '@/db/clock';

/**
 * Ends one session: an admin ends any session of their area, a user ends their own (say, one left
 * open on another computer). The session's next request is refused.
 */
export function endSession(viewer: Viewer, sessionId: string): Promise<void> {
  return withViewer(viewer, async (tx, me) => {
    const [session] = await tx.select().from(sessions).where(eq(sessions.id, knownId(sessionId, 'session.end', 'session'))).for('update').limit(1);
    const owner = session ? await loadUserRecord(tx, session.userId) : null;
    if (!session || !owner) throw new AccessDenied('session.end', 'session', sessionId, true);
    assertCan(me, 'session.end', { areaId: owner.areaId, userId: owner.user.id }, { type: 'session', id: sessionId });
    if (session.endedAt) return;

    const byAdmin = owner.user.id !== me.userId;
    await tx
      .update(sessions)
      .set({ endedAt: now(), endReason: byAdmin ? 'ended_by_admin' : 'ended_by_user' })
      .where(eq(sessions.id, sessionId));
    await recordAudit(tx, me, { action: 'session.end', resourceType: 'session', resourceId: sessionId, detail: `owner_${owner.user.id}` });
  });
}
