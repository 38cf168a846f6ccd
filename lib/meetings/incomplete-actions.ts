import 'server-only';
import { and, asc, desc, eq, inArray, lt, ne, sql, type AnyColumn } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actionItems, agencies, cases, meetings, type Meeting } from '@/db/schema';
import { outcomesFor, type ReviewOutcome } from './review-outcomes';
import { ukDateOf } from '@/db/clock';
import { casesVisibleTo } from '@/lib/authz/cases';
import type { Viewer } from '@/lib/auth/viewer-type';

export interface IncompleteAction {
  id: string;
  caseNumber: string;
  description: string;
  agencyName: string;
  ownerName: string;
  dueOn: string;
  status: string;
  reviewNote: string | null;
  /** Its reason was recorded at this meeting. */
  reviewedHere: boolean;
  /** Not yet due on the day of this meeting. */
  notYetDue: boolean;
  /** What the meeting may record for it. */
  outcomes: ReviewOutcome[];
}

/** The area's meeting held before this one, whose actions item 3 of the agenda reviews (a query, to read or to join). */
function previousMeeting(tx: Tx, meeting: Meeting) {
  return tx
    .select({ id: meetings.id, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(eq(meetings.areaId, meeting.areaId), lt(meetings.startsAt, meeting.startsAt), inArray(meetings.status, ['held', 'finalised']), ne(meetings.id, meeting.id)))
    .orderBy(desc(meetings.startsAt))
    .limit(1);
}

/** Its actions not completed, of the cases the viewer may see. */
const notCompletedAt = (meetingId: string | AnyColumn, me: Viewer) => and(eq(actionItems.meetingId, meetingId), ne(actionItems.status, 'completed'), casesVisibleTo(me));

/** The actions agreed at the area's previous meeting that are not completed: item 3 of the agenda, every one (the run view records an outcome for each). */
export async function incompleteActionsFromLastMeeting(tx: Tx, meeting: Meeting, me: Viewer): Promise<IncompleteAction[]> {
  const [previous] = await previousMeeting(tx, meeting);
  if (!previous) return [];
  const rows = await tx
    .select({ a: actionItems, caseNumber: cases.number, agencyName: agencies.name })
    .from(actionItems)
    .innerJoin(cases, eq(cases.id, actionItems.caseId))
    .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
    .where(notCompletedAt(previous.id, me))
    .orderBy(asc(cases.number), asc(actionItems.dueOn));
  const meetingDay = ukDateOf(meeting.startsAt);
  return rows.map(({ a, caseNumber, agencyName }) => ({
    id: a.id,
    caseNumber,
    description: a.description,
    agencyName,
    ownerName: a.ownerName,
    dueOn: a.dueOn,
    status: a.status,
    reviewNote: a.reviewNote,
    reviewedHere: a.reviewedAtMeetingId === meeting.id,
    notYetDue: a.dueOn >= meetingDay,
    outcomes: outcomesFor(a, meetingDay),
  }));
}

export interface IncompleteActionsPreview {
  /** The meeting they were agreed at, for the link to its actions on the action board. */
  previousMeeting: { id: string; startsAt: Date } | null;
  shown: { id: string; caseNumber: string; description: string; agencyName: string; ownerName: string; dueOn: string }[];
  /** How many there are in all. */
  total: number;
}

/** The first few of the same actions, for the agenda (the run view has them all), and how many there are. */
export async function incompleteActionsPreview(tx: Tx, meeting: Meeting, me: Viewer, limit: number): Promise<IncompleteActionsPreview> {
  // One statement: the previous meeting, and beside it the first few of its actions and how many there
  // are in all (counted before the limit); a meeting with none gives one row with no action.
  const previous = previousMeeting(tx, meeting).as('previous');
  const open = tx
    .select({
      id: actionItems.id,
      caseNumber: sql<string>`${cases.number}`.as('case_number'),
      description: actionItems.description,
      agencyName: sql<string>`${agencies.name}`.as('agency_name'),
      ownerName: actionItems.ownerName,
      dueOn: actionItems.dueOn,
      total: sql<number>`(count(*) over ())::int`.as('total'),
    })
    .from(actionItems)
    .innerJoin(cases, eq(cases.id, actionItems.caseId))
    .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
    .where(notCompletedAt(previous.id, me))
    .orderBy(asc(cases.number), asc(actionItems.dueOn), asc(actionItems.id))
    .limit(limit)
    .as('open');
  const rows = await tx
    .select({
      previous: { id: previous.id, startsAt: previous.startsAt },
      action: { id: open.id, caseNumber: open.caseNumber, description: open.description, agencyName: open.agencyName, ownerName: open.ownerName, dueOn: open.dueOn, total: open.total },
    })
    .from(previous)
    .leftJoinLateral(open, sql`true`)
    .orderBy(asc(open.caseNumber), asc(open.dueOn), asc(open.id));
  const [first] = rows;
  if (!first) return { previousMeeting: null, shown: [], total: 0 };
  const shown = rows.flatMap(({ action }) => {
    if (!action) return [];
    const { total: _total, ...row } = action;
    return [row];
  });
  return { previousMeeting: first.previous, shown, total: first.action?.total ?? 0 };
}
