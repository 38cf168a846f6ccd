import 'server-only';
import { inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { agendaItems, cases, meetings } from '@/db/schema';
import { can } from '@/lib/authz';
import type { Viewer } from '@/lib/auth/viewer-type';

/**
 * The coming (or running) meeting a case is listed on, as columns to select beside `cases`. Agencies
 * see a listing once the agenda is published; those who run meetings see draft agendas too.
 */
export function nextListing(me: Viewer) {
  const statuses = can(me, 'meeting.run', { areaId: me.areaId }) ? (['scheduled', 'agenda_published', 'held'] as const) : (['agenda_published', 'held'] as const);
  const listed = sql`from ${agendaItems} join ${meetings} on ${meetings.id} = ${agendaItems.meetingId}
    where ${agendaItems.caseId} = ${cases.id} and ${agendaItems.deferredToMeetingId} is null
      and ${inArray(meetings.status, [...statuses])}
    order by ${meetings.startsAt} limit 1`;
  // Nested in a fragment of its own, drizzle names each column with its table even in a one-table select.
  const first = (column: SQLWrapper) => sql`${sql`(select ${column} ${listed})`}`;
  return {
    listedMeetingId: first(meetings.id).mapWith(String) as SQL<string | null>,
    listedMeetingStartsAt: first(meetings.startsAt).mapWith(meetings.startsAt) as SQL<Date | null>,
  };
}
