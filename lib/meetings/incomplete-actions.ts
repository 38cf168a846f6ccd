import 'server-only';
import { and, asc, desc, eq, inArray, lt, ne } from 'drizzle-orm';
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

/** The actions agreed at the area's previous meeting that are not completed: item 3 of the agenda. */
export async function incompleteActionsFromLastMeeting(tx: Tx, meeting: Meeting, me: Viewer): Promise<IncompleteAction[]> {
  const [previous] = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.areaId, meeting.areaId), lt(meetings.startsAt, meeting.startsAt), inArray(meetings.status, ['held', 'finalised']), ne(meetings.id, meeting.id)))
    .orderBy(desc(meetings.startsAt))
    .limit(1);
  if (!previous) return [];
  const rows = await tx
    .select({ a: actionItems, caseNumber: cases.number, agencyName: agencies.name })
    .from(actionItems)
    .innerJoin(cases, eq(cases.id, actionItems.caseId))
    .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
    .where(and(eq(actionItems.meetingId, previous.id), ne(actionItems.status, 'completed'), casesVisibleTo(me)))
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
