import 'server-only';
import { and, asc, count, desc, eq, exists, ilike, or, sql, type SQL } from 'drizzle-orm';
import { agendaItems, cases, meetings, referrals } from '@/db/schema';
import { LISTED_ACCESS_DAYS } from './access';
import { caseSummary } from './summary';
import { can } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied } from '@/lib/errors';
import { now } from '@/db/clock';

export const caseSorts = ['number', 'victim', 'score', 'opened'] as const;
export type CaseSort = (typeof caseSorts)[number];

export interface CaseListQuery {
  page: number;
  pageSize: number;
  sort: CaseSort;
  direction: 'asc' | 'desc';
  search?: string;
  awaitingMeeting?: boolean;
}

export interface CaseListRow {
  id: string;
  number: string;
  victimName: string | null;
  riskScore: number;
  repeat: boolean;
  children: number;
  stalking: boolean;
  awaitingMeeting: boolean;
  lastMaracOn: string | null;
  createdAt: Date;
}

/**
 * Cases the viewer may see: all of the area's for coordinators and chairs; for an agency, the cases it
 * has a part in (see caseAgencyIds). Summaries come from each case's accepted referrals.
 */
export function listCases(viewer: Viewer, q: CaseListQuery): Promise<{ rows: CaseListRow[]; total: number }> {
  return withViewer(viewer, async (tx, me) => {
    const wholeArea = can(me, 'case.list', { areaId: me.areaId });
    if (!wholeArea && !can(me, 'case.list', { areaId: me.areaId, caseAgencyIds: [me.agencyId] })) {
      throw new AccessDenied('case.list', 'case', null, true);
    }
    const { acceptedAt: _acceptedAt, ...summary } = caseSummary;
    const where: SQL[] = [eq(cases.areaId, me.areaId)];
    if (!wholeArea) {
      // The same cases as caseAgencyIds gives this agency: its own referrals, and cases on a published agenda.
      where.push(
        or(
          exists(tx.select({ one: sql`1` }).from(referrals).where(and(eq(referrals.caseId, cases.id), eq(referrals.referringAgencyId, me.agencyId)))),
          sql`exists (select 1 from ${agendaItems} join ${meetings} on ${meetings.id} = ${agendaItems.meetingId}
            where ${agendaItems.caseId} = ${cases.id} and ${agendaItems.deferredToMeetingId} is null
              and ${meetings.status} in ('agenda_published', 'held', 'finalised')
              and ${meetings.startsAt} + make_interval(days => ${LISTED_ACCESS_DAYS}) > ${now().toISOString()}::timestamptz)`,
        )!,
      );
    }
    if (q.awaitingMeeting !== undefined) where.push(eq(cases.awaitingMeeting, q.awaitingMeeting));
    const term = q.search?.trim();
    if (term) {
      const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(
        sql`(${ilike(cases.number, like)} or exists (select 1 from ${referrals} where ${referrals.caseId} = ${cases.id} and ${ilike(referrals.victimName, like)}))`,
      );
    }
    const condition = and(...where);
    const sortBy = { number: cases.number, victim: summary.victimName, score: summary.riskScore, opened: cases.createdAt }[q.sort];
    const rows = await tx
      .select({
        id: cases.id,
        number: cases.number,
        ...summary,
        awaitingMeeting: cases.awaitingMeeting,
        lastMaracOn: cases.lastMaracOn,
        createdAt: cases.createdAt,
      })
      .from(cases)
      .where(condition)
      .orderBy(q.direction === 'desc' ? desc(sortBy) : asc(sortBy), asc(cases.number))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize);
    const [{ total }] = await tx.select({ total: count() }).from(cases).where(condition);
    await recordAudit(tx, me, { action: 'case.list', resourceType: 'case' });
    return { rows, total };
  });
}
