import 'server-only';
import { aliasedTable, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actionItems, actionItemUpdates, agencies, cases, meetings, users, type ActionItem } from '@/db/schema';
import type { ActionItemStatus } from '@/db/schema/action-items';
import { assertCan, can } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import { notifyUsers, usersOfAgencies } from '@/lib/notifications/notify';
import type { ReassignActionInput, UpdateActionInput } from './schemas';
import { now, todayInUk } from '@/db/clock';

const closing: ActionItemStatus[] = ['completed', 'not_possible', 'not_done'];

async function loadActionFor(tx: Tx, me: Viewer, actionItemId: string, action: 'action_item.view' | 'action_item.update' | 'action_item.reassign') {
  const [item] = await tx.select().from(actionItems).where(eq(actionItems.id, actionItemId)).for('update').limit(1);
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
  ownerName: string;
  dueOn: string;
  status: ActionItemStatus;
  overdue: boolean;
  closedAt: Date | null;
  history: { at: Date; by: string; from: ActionItemStatus | null; to: ActionItemStatus; note: string | null; previousOwnerName: string | null; previousAgencyName: string | null }[];
  canUpdate: boolean;
  canReassignAgency: boolean;
}

/** One action with its history, for its owning agency and the area's coordinators and chairs. */
export function getActionItem(viewer: Viewer, actionItemId: string): Promise<ActionDetail> {
  return withViewer(viewer, async (tx, me) => {
    const item = await loadActionFor(tx, me, actionItemId, 'action_item.view');
    const [[meta], history] = await Promise.all([
      tx
        .select({ caseNumber: cases.number, agencyName: agencies.name, agreedAt: meetings.startsAt })
        .from(actionItems)
        .innerJoin(cases, eq(cases.id, actionItems.caseId))
        .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
        .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
        .where(eq(actionItems.id, item.id)),
      (() => {
        const previousAgency = aliasedTable(agencies, 'previous_agency');
        return tx
          .select({ u: actionItemUpdates, by: users.name, previousAgencyName: previousAgency.name })
          .from(actionItemUpdates)
          .innerJoin(users, eq(users.id, actionItemUpdates.userId))
          .leftJoin(previousAgency, eq(previousAgency.id, actionItemUpdates.previousAgencyId))
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
      ownerName: item.ownerName,
      dueOn: item.dueOn,
      status: item.status,
      overdue: (item.status === 'open' || item.status === 'in_progress') && item.dueOn < todayInUk(),
      closedAt: item.closedAt,
      history: history.map(({ u, by, previousAgencyName }) => ({ at: u.at, by, from: u.fromStatus, to: u.toStatus, note: u.note, previousOwnerName: u.previousOwnerName, previousAgencyName })),
      canUpdate: can(me, 'action_item.update', target),
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
export function updateActionItem(viewer: Viewer, input: UpdateActionInput): Promise<{ version: number }> {
  return withViewer(viewer, async (tx, me) => {
    const item = await loadActionFor(tx, me, input.actionItemId, 'action_item.update');
    assertFresh(item, input.version);
    const closes = closing.includes(input.status);
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

/**
 * Gives the action to another person: of the same agency (the agency itself or the coordinator), or of
 * another agency (the coordinator only). Kept in the history with who had it before.
 */
export function reassignActionItem(viewer: Viewer, input: ReassignActionInput): Promise<{ version: number }> {
  return withViewer(viewer, async (tx, me) => {
    const item = await loadActionFor(tx, me, input.actionItemId, 'action_item.update');
    assertFresh(item, input.version);
    if (input.ownerAgencyId !== item.ownerAgencyId) {
      assertCan(me, 'action_item.reassign', { areaId: item.areaId }, { type: 'action_item', id: item.id });
      const [agency] = await tx.select({ areaId: agencies.areaId }).from(agencies).where(eq(agencies.id, input.ownerAgencyId));
      if (!agency || agency.areaId !== item.areaId) throw new InputRejected({ ownerAgencyId: 'Select an agency of this area' });
    }
    const [saved] = await tx
      .update(actionItems)
      .set({ ownerName: input.ownerName, ownerAgencyId: input.ownerAgencyId, version: item.version + 1, updatedAt: now() })
      .where(eq(actionItems.id, item.id))
      .returning({ version: actionItems.version });
    await tx.insert(actionItemUpdates).values({
      actionItemId: item.id,
      userId: me.userId,
      fromStatus: item.status,
      toStatus: item.status,
      note: input.note,
      previousOwnerName: item.ownerName,
      previousAgencyId: item.ownerAgencyId,
    });
    await recordAudit(tx, me, {
      action: 'action_item.reassign',
      resourceType: 'action_item',
      resourceId: item.id,
      caseId: item.caseId,
      detail: input.ownerAgencyId === item.ownerAgencyId ? 'same_agency' : 'other_agency',
    });
    if (input.ownerAgencyId !== item.ownerAgencyId) {
      await notifyUsers(tx, me, await usersOfAgencies(tx, [input.ownerAgencyId]), 'action_assigned', { actionItemId: item.id });
    }
    return { version: saved.version };
  });
}
