import 'server-only';
import { and, asc, desc, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import { agencies, agendaItems, areas, meetings, users } from '@/db/schema';
import type { MeetingStatus } from '@/db/enums';
import { assertCan, can, rolesThatMay } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { now } from '@/db/clock';

export interface MeetingRow {
  id: string;
  startsAt: Date;
  venue: string | null;
  videoLink: string | null;
  chairName: string | null;
  status: MeetingStatus;
  cases: number;
}

/**
 * The area's meetings, coming first then past. Agencies see only meetings whose agenda is published;
 * coordinators and chairs see them all, with the area's meeting settings.
 */
export function listMeetings(viewer: Viewer) {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'meeting.list', { areaId: me.areaId }, { type: 'meeting' });
    // Those who run meetings see them before their agenda is published.
    const seesDrafts = can(me, 'meeting.run', { areaId: me.areaId });
    const rows = (where: ReturnType<typeof and>, order: 'asc' | 'desc') =>
      tx
        .select({
          id: meetings.id,
          startsAt: meetings.startsAt,
          venue: meetings.venue,
          videoLink: meetings.videoLink,
          chairName: users.name,
          status: meetings.status,
          cases: sql<number>`(select count(*) from ${agendaItems} where ${agendaItems.meetingId} = ${meetings.id} and ${agendaItems.deferredToMeetingId} is null)::int`,
        })
        .from(meetings)
        .leftJoin(users, eq(users.id, meetings.chairUserId))
        .where(and(eq(meetings.areaId, me.areaId), seesDrafts ? undefined : ne(meetings.status, 'scheduled'), where))
        .orderBy(order === 'asc' ? asc(meetings.startsAt) : desc(meetings.startsAt))
        .limit(50);
    const startOfToday = new Date(now().setUTCHours(0, 0, 0, 0));
    const [upcoming, past, [area], chairs] = await Promise.all([
      rows(gte(meetings.startsAt, startOfToday), 'asc'),
      rows(lt(meetings.startsAt, startOfToday), 'desc'),
      tx.select({ casesPerMeeting: areas.casesPerMeeting, minutesPerCase: areas.minutesPerCase }).from(areas).where(eq(areas.id, me.areaId)),
      can(me, 'meeting.schedule', { areaId: me.areaId })
        ? tx
            .select({ id: users.id, name: users.name })
            .from(users)
            .innerJoin(agencies, eq(agencies.id, users.agencyId))
            .where(and(eq(agencies.areaId, me.areaId), eq(users.active, true), inArray(users.role, rolesThatMay('meeting.run'))))
            .orderBy(asc(users.name))
        : Promise.resolve([]),
    ]);
    await recordAudit(tx, me, { action: 'meeting.list', resourceType: 'meeting' });
    return {
      upcoming: upcoming as MeetingRow[],
      past: past as MeetingRow[],
      settings: area,
      chairs,
      canSchedule: can(me, 'meeting.schedule', { areaId: me.areaId }),
    };
  });
}

