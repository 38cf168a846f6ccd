import 'server-only';
import { and, asc, desc, eq, gte, ilike, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { isOverdueSql } from './status-sql';
import { actionItems, agencies, cases, meetings } from '@/db/schema';
import type { ActionItemStatus } from '@/db/enums';
import { assertCan, can } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { ownerJoin, ownerNameSql, ownerUser } from './owner';
import type { ActionBoardQuery } from './schemas';
import { todayInUk } from '@/db/clock';
import { countUpTo, one } from '@/lib/lists/count-up-to';

export const ACTION_PAGE_SIZE = 25;

export interface ActionRow {
  id: string;
  description: string;
  caseId: string;
  caseNumber: string;
  agencyName: string;
  /** A user's current name, or the name typed for someone without an account. */
  ownerName: string;
  dueOn: string;
  status: ActionItemStatus;
  overdue: boolean;
  meetingStartsAt: Date;
}

/**
 * The action boards: those given to the viewer by name ("me"), the viewer's agency's ("mine"), or all
 * of the area's for coordinators and chairs ("all").
 */
export type ActionBoard = 'me' | 'mine' | 'all';

/** An action board, filtered, sorted and paged in SQL, with the count of what matches (up to the cap). */
export function listActionItems(viewer: Viewer, board: ActionBoard, q: ActionBoardQuery) {
  return withViewer(viewer, async (tx, me) => {
    if (board === 'all') assertCan(me, 'action_item.list_all', { areaId: me.areaId }, { type: 'action_item' });
    else assertCan(me, 'action_item.view', { areaId: me.areaId, agencyId: me.agencyId }, { type: 'action_item' });
    const today = todayInUk();
    const overdue = sql<boolean>`${isOverdueSql(today)}`;
    const where: SQL[] = [eq(actionItems.areaId, me.areaId)];
    if (board !== 'all') where.push(eq(actionItems.ownerAgencyId, me.agencyId));
    if (board === 'me') where.push(eq(actionItems.ownerUserId, me.userId));
    if (q.status) where.push(eq(actionItems.status, q.status));
    if (q.agency && board === 'all') where.push(eq(actionItems.ownerAgencyId, q.agency));
    if (q.owner) where.push(ilike(ownerNameSql, `%${q.owner.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
    if (q.caseNumber) where.push(ilike(cases.number, `%${q.caseNumber.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
    if (q.meeting) where.push(eq(actionItems.meetingId, q.meeting));
    if (q.dueFrom) where.push(gte(actionItems.dueOn, q.dueFrom));
    if (q.dueTo) where.push(lte(actionItems.dueOn, q.dueTo));
    if (q.overdue) where.push(isOverdueSql(today));
    const condition = and(...where);
    const sortBy = { due: actionItems.dueOn, case: cases.number, agency: agencies.name, status: actionItems.status, agreed: meetings.startsAt }[q.sort];

    const [rows, { total, moreThanTotal }, areaAgencies, areaMeetings] = await Promise.all([
      tx
        .select({
          id: actionItems.id,
          description: actionItems.description,
          caseId: actionItems.caseId,
          caseNumber: cases.number,
          agencyName: agencies.name,
          ownerName: ownerNameSql,
          dueOn: actionItems.dueOn,
          status: actionItems.status,
          overdue,
          meetingStartsAt: meetings.startsAt,
        })
        .from(actionItems)
        .leftJoin(ownerUser, ownerJoin)
        .innerJoin(cases, eq(cases.id, actionItems.caseId))
        .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
        .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
        .where(condition)
        .orderBy(q.dir === 'desc' ? desc(sortBy) : asc(sortBy), asc(actionItems.dueOn), asc(actionItems.id))
        .limit(ACTION_PAGE_SIZE)
        .offset((q.page - 1) * ACTION_PAGE_SIZE),
      // Counted up to the cap; the count joins cases and owners only when it filters on them.
      (() => {
        let counted = tx.select(one).from(actionItems).$dynamic();
        if (q.caseNumber) counted = counted.innerJoin(cases, eq(cases.id, actionItems.caseId));
        if (q.owner) counted = counted.leftJoin(ownerUser, ownerJoin);
        return countUpTo(tx, counted.where(condition));
      })(),
      tx.select({ id: agencies.id, name: agencies.name }).from(agencies).where(eq(agencies.areaId, me.areaId)).orderBy(asc(agencies.name)),
      tx
        .select({ id: meetings.id, startsAt: meetings.startsAt })
        .from(meetings)
        .where(and(eq(meetings.areaId, me.areaId), inArray(meetings.status, ['held', 'finalised'])))
        .orderBy(desc(meetings.startsAt))
        .limit(24),
    ]);
    await recordAudit(tx, me, { action: 'action_item.list', resourceType: 'action_item', detail: board });
    return { rows: rows as ActionRow[], total, moreThanTotal, agencies: areaAgencies, meetings: areaMeetings, canSeeAll: can(me, 'action_item.list_all', { areaId: me.areaId }) };
  });
}
