import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { sessions, users } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied, InputRejected } from '@/lib/errors';
import { knownId } from '@/lib/input/ids';
import { loadUserRecord } from './load';
import { now } from '@/db/clock';

/** Disables a user and ends every session they have: their next request is refused. */
export function disableUser(viewer: Viewer, userId: string): Promise<{ sessionsEnded: number }> {
  return withViewer(viewer, async (tx, me) => {
    const record = await loadUserRecord(tx, knownId(userId, 'user.disable', 'user'), true);
    if (!record) throw new AccessDenied('user.disable', 'user', userId, true);
    assertCan(me, 'user.disable', { areaId: record.areaId }, { type: 'user', id: userId });
    if (userId === me.userId) throw new InputRejected({ userId: 'You cannot disable your own account' });
    if (!record.user.active) return { sessionsEnded: 0 };

    await tx.update(users).set({ active: false, updatedAt: now() }).where(eq(users.id, userId));
    const ended = await tx
      .update(sessions)
      .set({ endedAt: now(), endReason: 'user_disabled' })
      .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)))
      .returning({ id: sessions.id });
    await recordAudit(tx, me, { action: 'user.disable', resourceType: 'user', resourceId: userId, detail: `sessions_ended_${ended.length}` });
    return { sessionsEnded: ended.length };
  });
}

/** Re-enables a disabled user. */
export function enableUser(viewer: Viewer, userId: string): Promise<void> {
  return withViewer(viewer, async (tx, me) => {
    const record = await loadUserRecord(tx, knownId(userId, 'user.enable', 'user'), true);
    if (!record) throw new AccessDenied('user.enable', 'user', userId, true);
    assertCan(me, 'user.enable', { areaId: record.areaId }, { type: 'user', id: userId });
    if (record.user.active) return;

    await tx
      .update(users)
      .set({ active: true, updatedAt: now() })
      .where(eq(users.id, userId));
    await recordAudit(tx, me, { action: 'user.enable', resourceType: 'user', resourceId: userId });
  });
}
