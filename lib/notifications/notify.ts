import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, notifications, users } from '@/db/schema';
import type { NotificationKind } from '@/db/schema/notifications';
import { recordAudit, type AuditActor } from '@/lib/audit/record';

type About = { meetingId?: string; actionItemId?: string; referralId?: string };

/**
 * Tells users something needs their attention, in the same transaction as what caused it. A
 * notification holds ids only; each one sent is an audit event naming its id and recipient.
 */
export async function notifyUsers(tx: Tx, actor: AuditActor, userIds: string[], kind: NotificationKind, about: About): Promise<number> {
  const unique = [...new Set(userIds)].filter((id) => id !== actor.userId);
  if (unique.length === 0) return 0;
  const sent = await tx
    .insert(notifications)
    .values(unique.map((userId) => ({ userId, kind, ...about })))
    .returning({ id: notifications.id, userId: notifications.userId });
  for (const n of sent) {
    await recordAudit(tx, actor, { action: 'notification.send', resourceType: 'notification', resourceId: n.id, detail: `${kind}_to_user_${n.userId}` });
  }
  return sent.length;
}

/** The enabled users of these agencies. */
export async function usersOfAgencies(tx: Tx, agencyIds: string[]): Promise<string[]> {
  if (agencyIds.length === 0) return [];
  const rows = await tx.select({ id: users.id }).from(users).where(and(inArray(users.agencyId, agencyIds), eq(users.active, true)));
  return rows.map((r) => r.id);
}

/** The enabled users of every agency of an area. */
export async function usersOfArea(tx: Tx, areaId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(eq(agencies.areaId, areaId), eq(agencies.active, true), eq(users.active, true)));
  return rows.map((r) => r.id);
}
