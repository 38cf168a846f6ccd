import 'server-only';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from './client';
import { actionItems, actionItemUpdates, agendaItems, cases, meetings } from './schema';
import type { ActionItemStatus } from './schema/action-items';

// The demo's past meetings: one finalised meeting for each date a demo case was last heard, listing
// those cases, with the actions agreed there in every state (some overdue). All fictional.

const actionTexts: [agencyKey: string, text: string, owner: string][] = [
  ['police', 'Add a warning marker to the address for an urgent response', 'DC Owen Prestwick'],
  ['idva', 'Contact the victim within two working days and agree a safety plan', 'Leah Marchetti'],
  ['housing', 'Assess for a management transfer and fit extra locks', 'Tom Ashdown'],
  ['childrens', 'Hold a strategy discussion about the children', 'Grace Obi'],
  ['health', 'Flag the records so the GP and midwife ask about safety alone', 'Dr Anika Sethi'],
  ['probation', 'Review the licence conditions with the offender manager', 'Colin Harte'],
];

export async function seedDemoMeetings(tx: Tx, ids: { areaId: string; agencyIds: Record<string, string>; coordinatorId: string; today: string }) {
  const heard = await tx
    .select({ id: cases.id, lastMaracOn: cases.lastMaracOn })
    .from(cases)
    .where(and(eq(cases.areaId, ids.areaId), isNotNull(cases.lastMaracOn)))
    .orderBy(asc(cases.lastMaracOn), asc(cases.number));
  const byDate = new Map<string, string[]>();
  for (const c of heard) byDate.set(c.lastMaracOn!, [...(byDate.get(c.lastMaracOn!) ?? []), c.id]);

  // The IDVA service's actions from the two meetings before the latest are not done, so the
  // steering group's escalation list (not done at two meetings in a row) has something to show.
  const escalatedMeetings = new Set([...byDate.keys()].slice(-3, -1));
  let n = 0;
  for (const [date, caseIds] of byDate) {
    const startsAt = new Date(`${date}T10:00:00Z`);
    const [meeting] = await tx
      .insert(meetings)
      .values({ areaId: ids.areaId, startsAt, venue: 'Kestrel Vale Civic Centre, committee room 2', status: 'finalised', agendaPublishedAt: new Date(startsAt.getTime() - 7 * 86_400_000), researchRequestedAt: new Date(startsAt.getTime() - 7 * 86_400_000) })
      .returning();
    for (const [position, caseId] of caseIds.entries()) {
      const [item] = await tx.insert(agendaItems).values({ meetingId: meeting.id, caseId, section: 'adults', position: position + 1 }).returning();
      for (let k = 0; k < 2; k++, n++) {
        const [agencyKey, text, owner] = actionTexts[n % actionTexts.length];
        const dueOn = new Date(startsAt.getTime() + (14 + (n % 3) * 14) * 86_400_000).toISOString().slice(0, 10);
        const past = dueOn < ids.today;
        // Past due: mostly completed (on time or late), some not done, some still open (overdue).
        const escalated = past && agencyKey === 'idva' && escalatedMeetings.has(date);
        const status: ActionItemStatus = escalated ? 'not_done' : past ? (['completed', 'completed', 'not_done', 'open', 'completed'] as const)[n % 5] : (['open', 'in_progress'] as const)[n % 2];
        const closedAt = status === 'completed' || status === 'not_done' ? new Date(new Date(`${dueOn}T12:00:00Z`).getTime() + (n % 2 ? 5 : -3) * 86_400_000) : null;
        const [action] = await tx
          .insert(actionItems)
          .values({ areaId: ids.areaId, caseId, meetingId: meeting.id, agendaItemId: item.id, description: text, ownerAgencyId: ids.agencyIds[agencyKey], ownerName: owner, dueOn, status, closedAt, createdBy: ids.coordinatorId, createdAt: startsAt, updatedAt: closedAt ?? startsAt })
          .returning();
        if (status !== 'open') {
          await tx.insert(actionItemUpdates).values({
            actionItemId: action.id,
            userId: ids.coordinatorId,
            fromStatus: 'open',
            toStatus: status,
            note: status === 'completed' ? 'Done, as the agency reported to the coordinator' : status === 'not_done' ? 'Not done: the agency gave no reason' : 'Started',
            at: closedAt ?? new Date(startsAt.getTime() + 3 * 86_400_000),
          });
        }
      }
    }
  }
}
