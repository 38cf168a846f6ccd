// An area's meetings in every state, made through the meeting verbs as its coordinator, each with cases
// listed: for tests that need a draft agenda to edit, a published one to research, a meeting under way to
// minute, and finalised minutes to correct.
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { todayInUk } from '@/db/clock';
import { agendaItems } from '@/db/schema';
import { buildAgenda, publishAgenda } from '@/lib/meetings/agenda';
import { finaliseMinutes } from '@/lib/meetings/finalise';
import { startMeeting } from '@/lib/meetings/run';
import { scheduleMeeting } from '@/lib/meetings/schedule';
import { day } from './actions';
import { makeAcceptedCase } from './cases';
import type { makeAreaWithStaff } from './factories';

type Staff = Awaited<ReturnType<typeof makeAreaWithStaff>>;

async function itemsOf(meetingId: string) {
  const db = await getDb();
  return db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position));
}

export async function makeMeetingsInEveryState(staff: Staff, name: string) {
  const coordinator = staff.as.coordinator;
  const schedule = async (date: string, time = '10:00') =>
    (await scheduleMeeting(coordinator, { date, time, venue: 'Council offices, room 2', videoLink: '', chairUserId: staff.users.chair.id })).meetingId;
  const listed = async (meetingId: string, victims: string[]) => {
    for (const victim of victims) await makeAcceptedCase(staff, { victim: `${name} ${victim}` });
    await buildAgenda(coordinator, meetingId);
    return itemsOf(meetingId);
  };

  // Published a week ahead: open for research and the register.
  const published = await schedule(day(7));
  const [publishedItem] = await listed(published, ['Published']);
  await publishAgenda(coordinator, published);
  // A draft agenda two weeks ahead, with two cases, and a later meeting to defer to.
  const scheduled = await schedule(day(14));
  const [scheduledItem, secondScheduledItem] = await listed(scheduled, ['Draft One', 'Draft Two']);
  const later = await schedule(day(35));
  // Held today and finalised (first, so that its case is heard before the next is listed): its minutes are corrected, not edited.
  const finalised = await schedule(todayInUk(), '00:05');
  const [finalisedItem] = await listed(finalised, ['Finalised']);
  await publishAgenda(coordinator, finalised);
  await startMeeting(coordinator, finalised);
  await finaliseMinutes(coordinator, finalised);
  // Under way today: minutes and actions are being taken.
  const held = await schedule(todayInUk(), '00:10');
  const [heldItem] = await listed(held, ['Heard Today']);
  await publishAgenda(coordinator, held);
  await startMeeting(coordinator, held);
  // Accepted since, waiting to be listed.
  const waiting = await makeAcceptedCase(staff, { victim: `${name} Waiting` });

  return {
    meetings: { published, scheduled, later, held, finalised },
    items: { published: publishedItem, scheduled: scheduledItem, secondScheduled: secondScheduledItem, held: heldItem, finalised: finalisedItem },
    waitingCase: waiting,
  };
}
