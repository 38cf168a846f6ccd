import { getDb } from '@/db/client';
import { actionItems, agendaItems, cases, meetings } from '@/db/schema';
import { nextCaseNumber } from '@/lib/cases/number';
import type { makeAreaWithStaff } from './factories';

type Staff = Awaited<ReturnType<typeof makeAreaWithStaff>>;

/** A date `offset` days from today, as YYYY-MM-DD. */
export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Actions agreed on one case at a meeting held a month ago, straight in the database; owned by 'Named Person' without an account unless a user is given. */
export async function makeActions(staff: Staff, specs: { agency: 'police' | 'housing'; due: number; description: string; ownerUserId?: string }[]) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [c] = await tx.insert(cases).values({ areaId: staff.area.id, ...(await nextCaseNumber(tx, staff.area.id, 'A')) }).returning();
    const [m] = await tx.insert(meetings).values({ areaId: staff.area.id, startsAt: new Date(Date.now() - 30 * 86_400_000), status: 'finalised' }).returning();
    const [item] = await tx.insert(agendaItems).values({ meetingId: m.id, caseId: c.id, position: 1 }).returning();
    return tx
      .insert(actionItems)
      .values(
        specs.map((s) => ({
          areaId: staff.area.id,
          caseId: c.id,
          meetingId: m.id,
          agendaItemId: item.id,
          description: s.description,
          ownerAgencyId: staff.agencies[s.agency].id,
          ownerName: 'Named Person',
          ownerUserId: s.ownerUserId ?? null,
          dueOn: day(s.due),
          createdBy: staff.users.coordinator.id,
        })),
      )
      .returning();
  });
}
