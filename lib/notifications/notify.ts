import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, emailPreferences, notifications, users } from '@/db/schema';
import type { NotificationKind } from '@/db/schema/notifications';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { rolesWorkingWithCases } from '@/lib/authz/roles';
import { getSettings } from '@/lib/settings';

type About = { meetingId?: string; actionItemId?: string; referralId?: string; caseId?: string };

/**
 * Tells users something needs their attention, in the same transaction as what caused it. A
 * notification holds ids only; each one sent is an audit event naming its id and recipient. Where
 * mail is set up and the user has not turned this kind off, its email waits for the next delivery run
 * (every minute), so several notifications close together make one email.
 */
export async function notifyUsers(tx: Tx, actor: AuditActor, userIds: string[], kind: NotificationKind, about: About): Promise<number> {
  const unique = [...new Set(userIds)].filter((id) => id !== actor.userId);
  if (unique.length === 0) return 0;
  const emailed = getSettings().mail ? await usersWantingEmail(tx, unique, kind) : new Set<string>();
  const sent = await tx
    .insert(notifications)
    .values(unique.map((userId) => ({ userId, kind, ...about, emailState: emailed.has(userId) ? ('pending' as const) : null })))
    .returning({ id: notifications.id, userId: notifications.userId });
  for (const n of sent) {
    await recordAudit(tx, actor, { action: 'notification.send', resourceType: 'notification', resourceId: n.id, detail: `${kind}_to_user_${n.userId}` });
  }
  return sent.length;
}

/** Of these users, those who have not turned off email of this kind. */
async function usersWantingEmail(tx: Tx, userIds: string[], kind: NotificationKind): Promise<Set<string>> {
  const rows = await tx
    .select({ userId: users.id, turnedOff: emailPreferences.turnedOff })
    .from(users)
    .leftJoin(emailPreferences, eq(emailPreferences.userId, users.id))
    .where(inArray(users.id, userIds));
  return new Set(rows.filter((r) => !(r.turnedOff ?? []).includes(kind)).map((r) => r.userId));
}

// Administrators and information-governance leads see no one's records, so nothing about a record is sent to them.
const mayBeTold = and(eq(users.active, true), inArray(users.role, [...rolesWorkingWithCases]));

/** The enabled users of these agencies who work with records (not administrators). */
export async function usersOfAgencies(tx: Tx, agencyIds: string[]): Promise<string[]> {
  if (agencyIds.length === 0) return [];
  const rows = await tx.select({ id: users.id }).from(users).where(and(inArray(users.agencyId, agencyIds), mayBeTold));
  return rows.map((r) => r.id);
}

/** The enabled users of every open agency of an area who work with records (not administrators). */
export async function usersOfArea(tx: Tx, areaId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(eq(agencies.areaId, areaId), eq(agencies.active, true), mayBeTold));
  return rows.map((r) => r.id);
}

/** The enabled coordinators of an area: the people who run its MARAC and are told when something needs a look. */
export async function coordinatorsOfArea(tx: Tx, areaId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(eq(agencies.areaId, areaId), eq(users.role, 'coordinator'), mayBeTold));
  return rows.map((r) => r.id);
}
