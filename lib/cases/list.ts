import 'server-only';
import { and, asc, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import { cases, referrals } from '@/db/schema';
import { casesVisibleTo } from '@/lib/authz/cases';
import { nextListing } from './listing';
import { caseSummary } from './summary';
import { assertMayEver } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { countUpTo, one, type CappedCount } from '@/lib/lists/count-up-to';

export const caseSorts = ['number', 'victim', 'score', 'opened'] as const;
export type CaseSort = (typeof caseSorts)[number];

export interface CaseListQuery {
  page: number;
  pageSize: number;
  sort: CaseSort;
  direction: 'asc' | 'desc';
  search?: string;
  awaitingMeeting?: boolean;
  /** Open cases reaching 12 months since their last MARAC on this day (YYYY-MM-DD): the agenda's list in full. */
  reachingTwelveMonthsOn?: string;
}

/**
 * Open cases last heard 11 to 12 months before `day` (YYYY-MM-DD): due back at a MARAC before the year
 * is out. The agenda's item 5 and the case list's filter of the same name; read through cases_area_last_marac_idx.
 */
export function reachingTwelveMonthsSql(day: string): SQL {
  return and(
    eq(cases.status, 'open'),
    sql`${cases.lastMaracOn} <= (${day}::date - interval '11 months') and ${cases.lastMaracOn} > (${day}::date - interval '12 months')`,
  )!;
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
  /** The coming meeting whose agenda lists the case, if the viewer may see that agenda. */
  listedMeetingId: string | null;
  listedMeetingStartsAt: Date | null;
  createdAt: Date;
}

/**
 * Cases the viewer may see: all of the area's for coordinators and chairs; for an agency, the cases it
 * has a part in (lib/authz/cases.ts). Summaries come from each case's accepted referrals.
 */
export function listCases(viewer: Viewer, q: CaseListQuery): Promise<{ rows: CaseListRow[] } & CappedCount> {
  return withViewer(viewer, async (tx, me) => {
    assertMayEver(me, 'case.list', { type: 'case' });
    const { acceptedAt: _acceptedAt, ...summary } = caseSummary;
    const where: SQL[] = [casesVisibleTo(me, 'case.list')];
    if (q.awaitingMeeting !== undefined) where.push(eq(cases.awaitingMeeting, q.awaitingMeeting));
    if (q.reachingTwelveMonthsOn) where.push(reachingTwelveMonthsSql(q.reachingTwelveMonthsOn));
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
        ...nextListing(me),
        createdAt: cases.createdAt,
      })
      .from(cases)
      .where(condition)
      .orderBy(q.direction === 'desc' ? desc(sortBy) : asc(sortBy), asc(cases.number))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize);
    const { total, moreThanTotal } = await countUpTo(tx, tx.select(one).from(cases).where(condition).$dynamic());
    await recordAudit(tx, me, { action: 'case.list', resourceType: 'case' });
    return { rows, total, moreThanTotal };
  });
}
