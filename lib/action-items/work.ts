import 'server-only';
import { aliasedTable, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actionItems, actionItemUpdates, agencies, cases, meetings, users, type ActionItem } from '@/db/schema';
import type { ActionItemStatus } from '@/db/enums';
import { isOpen, isOverdue, mayFollow, nextStatuses } from './status';
import { assertCan, can } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import { notifyUsers } from '@/lib/notifications/notify';
import { ownerJoin, ownerNameSql, ownerRecipients, ownerUser, resolveOwner } from './owner';
import { reassignActionSchema, updateActionSchema } from './schemas';
import { knownId } from '@/lib/input/ids';
import { parseInput } from '@/lib/input/parse';
import type { z } from 'zod';
import { now, todayInUk } from '@/db/clock';

async function loadActionFor(tx: Tx, me: Viewer, actionItemId: string, action: 'action_item.view' | 'action_item.update' | 'action_item.reassign') {
  const [item] = await tx.select().from(actionItems).where(eq(actionItems.id, knownId(actionItemId, action, 'action_item'))).for('update').limit(1);
  const target = item ? { areaId: item.areaId, agencyId: item.ownerAgencyId } : {};
  if (!item || !can(me, 'action_item.view', target)) throw new AccessDenied(action, 'action_item', actionItemId, true);
  assertCan(me, action, target, { type: 'action_item', id: item.id });
  return item;
}

export interface ActionDetail {
  id: string;
  version: number;
  description: string;
  caseId: string;
  caseNumber: string;
  agreedAt: Date;
  meetingId: string;
  ownerAgencyId: string;
  agencyName: string;
  /** The owner's name: a user's current name, or as typed for someone without an account. */
  ownerName: string;
  /** The owning user, or null for someone without an account. */
  ownerUserId: string | null;
  dueOn: string;
  status: ActionItemStatus;
  overdue: boolean;
  closedAt: Date | null;
  history: {
    at: Date;
    by: string;
    from: ActionItemStatus | null;
    to: ActionItemStatus;
    note: string | null;
    /** On a reassignment: who had it before, and who was given it. */
    previousOwnerName: string | null;
    previousAgencyName: string | null;
    newOwnerName: string | null;
    newAgencyName: string | null;
  }[];
  canUpdate: boolean;
  canReassignAgency: boolean;
}

/** One action with its history, for its owning agency and the area's coordinators and chairs. */
export function getActionItem(viewer: Viewer, actionItemId: string): Promise<ActionDetail> {
  return withViewer(viewer, async (tx, me) => {
    const item = await loadActionFor(tx, me, actionItemId, 'action_item.view');
    const [[meta], history] = await Promise.all([
      tx
        .select({ caseNumber: cases.number, agencyName: agencies.name, agreedAt: meetings.startsAt, ownerName: ownerNameSql })
        .from(actionItems)
        .leftJoin(ownerUser, ownerJoin)
        .innerJoin(cases, eq(cases.id, actionItems.caseId))
        .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
        .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
        .where(eq(actionItems.id, item.id)),
      (() => {
        const previousAgency = aliasedTable(agencies, 'previous_agency');
        const previousOwner = aliasedTable(users, 'previous_owner');
        return tx
          .select({
            u: actionItemUpdates,
            by: users.name,
            previousAgencyName: previousAgency.name,
            previousOwnerName: sql<string | null>`coalesce(${previousOwner.name}, ${actionItemUpdates.previousOwnerName})`,
          })
          .from(actionItemUpdates)
          .innerJoin(users, eq(users.id, actionItemUpdates.userId))
          .leftJoin(previousAgency, eq(previousAgency.id, actionItemUpdates.previousAgencyId))
          .leftJoin(previousOwner, eq(previousOwner.id, actionItemUpdates.previousOwnerUserId))
          .where(eq(actionItemUpdates.actionItemId, item.id))
          .orderBy(asc(actionItemUpdates.at));
      })(),
    ]);
    await recordAudit(tx, me, { action: 'action_item.view', resourceType: 'action_item', resourceId: item.id, caseId: item.caseId });
    const target = { areaId: item.areaId, agencyId: item.ownerAgencyId };
    return {
      id: item.id,
      version: item.version,
      description: item.description,
      caseId: item.caseId,
      caseNumber: meta.caseNumber,
      agreedAt: meta.agreedAt,
      meetingId: item.meetingId,
      ownerAgencyId: item.ownerAgencyId,
      agencyName: meta.agencyName,
      ownerName: meta.ownerName,
      ownerUserId: item.ownerUserId,
      dueOn: item.dueOn,
      status: item.status,
      overdue: isOverdue(item, todayInUk()),
      closedAt: item.closedAt,
      history: withNewOwners(history, { ownerName: meta.ownerName, agencyName: meta.agencyName }),
      canUpdate: can(me, 'action_item.update', target) && nextStatuses[item.status].length > 0,
      canReassignAgency: can(me, 'action_item.reassign', target),
    };
  });
}

function assertFresh(item: ActionItem, version: number) {
  if (item.version !== version) throw new StaleVersion();
}

/**
 * The owning agency (or the coordinator) records progress: a new status with a dated note, and on
 * completion what was done. Of two updates made at once, one wins; the other is told and keeps its note.
 */
export async function updateActionItem(viewer: Viewer, raw: z.input<typeof updateActionSchema>): Promise<{ version: number }> {
  const input = parseInput(updateActionSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const item = await loadActionFor(tx, me, input.actionItemId, 'action_item.update');
    assertFresh(item, input.version);
    if (!mayFollow(item.status, input.status)) {
      throw new InputRejected({ status: item.status === 'completed' ? 'This action is completed and cannot be changed' : 'Select open or in progress to take this action up again' });
    }
    const closes = !isOpen(input.status);
    const [saved] = await tx
      .update(actionItems)
      .set({ status: input.status, closedAt: closes ? (item.closedAt ?? now()) : null, version: item.version + 1, updatedAt: now() })
      .where(eq(actionItems.id, item.id))
      .returning({ version: actionItems.version });
    await tx.insert(actionItemUpdates).values({ actionItemId: item.id, userId: me.userId, fromStatus: item.status, toStatus: input.status, note: input.note });
    await recordAudit(tx, me, { action: 'action_item.update', resourceType: 'action_item', resourceId: item.id, caseId: item.caseId, detail: `${item.status}_to_${input.status}` });
    return { version: saved.version };
  });
}

type HistoryRow = { u: typeof actionItemUpdates.$inferSelect; by: string; previousAgencyName: string | null; previousOwnerName: string | null };

/** Each reassignment says who had the action and who was given it: the next reassignment's "before", or the owner now. */
function withNewOwners(rows: HistoryRow[], now: { ownerName: string; agencyName: string }): ActionDetail['history'] {
  let after: { ownerName: string | null; agencyName: string | null } = now;
  const newestFirst = [...rows].reverse().map(({ u, by, previousAgencyName, previousOwnerName }) => {
    const reassigned = u.previousOwnerName !== null;
    const entry = {
      at: u.at,
      by,
      from: u.fromStatus,
      to: u.toStatus,
      note: u.note,
      previousOwnerName: reassigned ? previousOwnerName : null,
      previousAgencyName: reassigned ? previousAgencyName : null,
      newOwnerName: reassigned ? after.ownerName : null,
      newAgencyName: reassigned ? after.agencyName : null,
    };
    if (reassigned) after = { ownerName: previousOwnerName, agencyName: previousAgencyName };
    return entry;
  });
  return newestFirst.reverse();
}

/**
 * Gives the action to another person: of the same agency (the agency itself or the coordinator), or of
 * another agency (the coordinator only); a user of that agency, or someone without an account by name.
 * Kept in the history with who had it before, who gave it and when. A user given it is told; so is a
 * new agency, when it is given to someone there without an account.
 */
export async function reassignActionItem(viewer: Viewer, raw: z.input<typeof reassignActionSchema>): Promise<{ version: number }> {
  const input = parseInput(reassignActionSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const item = await loadActionFor(tx, me, input.actionItemId, 'action_item.update');
    assertFresh(item, input.version);
    const otherAgency = input.ownerAgencyId !== item.ownerAgencyId;
    if (otherAgency) {
      assertCan(me, 'action_item.reassign', { areaId: item.areaId }, { type: 'action_item', id: item.id });
      // An agency of another area (a forged id) is, to this viewer, an agency that does not exist.
      const [agency] = await tx.select({ areaId: agencies.areaId }).from(agencies).where(eq(agencies.id, input.ownerAgencyId));
      if (!agency) throw new AccessDenied('action_item.reassign', 'agency', input.ownerAgencyId, true);
      assertCan(me, 'action_item.reassign', { areaId: agency.areaId }, { type: 'agency', id: input.ownerAgencyId });
    }
    const owner = await resolveOwner(tx, input.ownerAgencyId, input.owner);
    const [saved] = await tx
      .update(actionItems)
      .set({ ...owner, ownerAgencyId: input.ownerAgencyId, version: item.version + 1, updatedAt: now() })
      .where(eq(actionItems.id, item.id))
      .returning({ version: actionItems.version });
    await tx.insert(actionItemUpdates).values({
      actionItemId: item.id,
      userId: me.userId,
      fromStatus: item.status,
      toStatus: item.status,
      note: input.note,
      previousOwnerName: item.ownerName,
      previousOwnerUserId: item.ownerUserId,
      previousAgencyId: item.ownerAgencyId,
    });
    await recordAudit(tx, me, {
      action: 'action_item.reassign',
      resourceType: 'action_item',
      resourceId: item.id,
      caseId: item.caseId,
      detail: otherAgency ? 'other_agency' : 'same_agency',
    });
    const newUser = owner.ownerUserId !== null && owner.ownerUserId !== item.ownerUserId;
    if (newUser || otherAgency) {
      await notifyUsers(tx, me, await ownerRecipients(tx, { ownerAgencyId: input.ownerAgencyId, ownerUserId: owner.ownerUserId }), 'action_assigned', { actionItemId: item.id });
    }
    return { version: saved.version };
  });
}
