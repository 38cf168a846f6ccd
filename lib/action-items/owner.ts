import 'server-only';
import { aliasedTable, and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actionItems, agencies, users } from '@/db/schema';
import { assertCan, can } from '@/lib/authz';
import { rolesThatMay } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { InputRejected } from '@/lib/errors';
import { usersOfAgencies } from '@/lib/notifications/notify';
import type { ActionOwner } from './schemas';

// Who may be given an action: an enabled user of the owning agency who works with records. An
// administrator or an information-governance lead sees no one's records, so is never an owner.
const mayOwn = and(eq(users.active, true), inArray(users.role, rolesThatMay('case.view')));

/**
 * Checks the chosen owner against the chosen agency: a user must be one of its enabled users; a
 * name without an account is taken as typed. A forged or stale id is refused by the person field.
 */
export async function resolveOwner(tx: Tx, agencyId: string, owner: ActionOwner): Promise<{ ownerUserId: string | null; ownerName: string }> {
  if ('name' in owner) return { ownerUserId: null, ownerName: owner.name };
  const [user] = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.id, owner.userId), eq(users.agencyId, agencyId), mayOwn));
  if (!user) throw new InputRejected({ ownerUserId: 'Select a person of the chosen agency, or someone without an account' });
  return { ownerUserId: user.id, ownerName: user.name };
}

/**
 * Whom to tell about an action: its owner, when the owner is a user still enabled at the owning
 * agency; otherwise (someone without an account, or a user who has left) the agency's users.
 */
export async function ownerRecipients(tx: Tx, action: { ownerAgencyId: string; ownerUserId: string | null }): Promise<string[]> {
  if (action.ownerUserId) {
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, action.ownerUserId), eq(users.agencyId, action.ownerAgencyId), mayOwn));
    if (user) return [user.id];
  }
  return usersOfAgencies(tx, [action.ownerAgencyId]);
}

/** The owning user, joined by `ownerJoin`: their current name is shown, not the one they had when given it. */
export const ownerUser = aliasedTable(users, 'owner_user');
export const ownerJoin = eq(ownerUser.id, actionItems.ownerUserId);
/** The owner's name as pages show it: a user's current name, or the name typed for someone without an account. */
export const ownerNameSql = sql<string>`coalesce(${ownerUser.name}, ${actionItems.ownerName})`;

export interface OwnerChoice {
  agencyId: string;
  agencyName: string;
  active: boolean;
  /** The agency's enabled users who work with records, by name. */
  people: { id: string; name: string }[];
}

/**
 * The people an action can be given to, agency by agency. The chair and the coordinator, who agree
 * actions for every agency and move them between agencies, may list every agency of the area; anyone
 * who works an agency's actions may list that agency's people.
 */
export function listOwnerChoices(viewer: Viewer, scope: { agencyId?: string } = {}): Promise<OwnerChoice[]> {
  return withViewer(viewer, async (tx, me) => {
    const area = { areaId: me.areaId };
    const anyAgency = can(me, 'meeting.run', area) || can(me, 'action_item.reassign', area);
    if (!anyAgency) {
      if (scope.agencyId) assertCan(me, 'action_item.update', { ...area, agencyId: scope.agencyId }, { type: 'agency', id: scope.agencyId });
      else assertCan(me, 'action_item.reassign', area, { type: 'agency' });
    }
    const agencyRows = await tx
      .select({ agencyId: agencies.id, agencyName: agencies.name, active: agencies.active })
      .from(agencies)
      .where(and(eq(agencies.areaId, me.areaId), scope.agencyId ? eq(agencies.id, scope.agencyId) : undefined))
      .orderBy(asc(agencies.name));
    const people =
      agencyRows.length === 0
        ? []
        : await tx
            .select({ id: users.id, name: users.name, agencyId: users.agencyId })
            .from(users)
            .where(and(inArray(users.agencyId, agencyRows.map((a) => a.agencyId)), mayOwn))
            .orderBy(asc(users.name), asc(users.id));
    await recordAudit(tx, me, { action: 'action_item.owner_choices', resourceType: 'user', detail: scope.agencyId ? 'one_agency' : 'area' });
    return agencyRows.map((a) => ({ ...a, people: people.filter((p) => p.agencyId === a.agencyId).map(({ id, name }) => ({ id, name })) }));
  });
}
