import 'server-only';
import { and, asc, desc, eq, gte, lt, ne, sql } from 'drizzle-orm';
import { agendaItems, areas, meetings, users } from '@/db/schema';
import type { MeetingStatus } from '@/db/schema/meetings';
import { assertCan, can } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';

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
    const seesDrafts = me.role === 'coordinator' || me.role === 'chair';
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
    const startOfToday = new Date(new Date().setUTCHours(0, 0, 0, 0));
    const [upcoming, past, [area], chairs] = await Promise.all([
      rows(gte(meetings.startsAt, startOfToday), 'asc'),
      rows(lt(meetings.startsAt, startOfToday), 'desc'),
      tx.select({ casesPerMeeting: areas.casesPerMeeting, minutesPerCase: areas.minutesPerCase }).from(areas).where(eq(areas.id, me.areaId)),
      can(me, 'meeting.schedule', { areaId: me.areaId })
        ? tx.execute(sql`select u.id, u.name from users u join agencies a on a.id = u.agency_id
            where a.area_id = ${me.areaId} and u.active and u.role in ('chair', 'coordinator') order by u.name`)
        : Promise.resolve([]),
    ]);
    await recordAudit(tx, me, { action: 'meeting.list', resourceType: 'meeting' });
    const chairRows = (Array.isArray(chairs) ? chairs : (chairs as { rows: unknown[] }).rows) as { id: string; name: string }[];
    return {
      upcoming: upcoming as MeetingRow[],
      past: past as MeetingRow[],
      settings: area,
      chairs: chairRows,
      canSchedule: can(me, 'meeting.schedule', { areaId: me.areaId }),
    };
  });
}

