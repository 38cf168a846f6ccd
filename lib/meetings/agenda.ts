import 'server-only';
import { and, asc, eq, isNull, max, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, agendaItems, areas, cases, meetings, research, users, type Meeting } from '@/db/schema';
import { assertCan, can, type Action } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied, InputRejected } from '@/lib/errors';
import { knownId } from '@/lib/input/ids';
import { parseInput } from '@/lib/input/parse';
import type { z } from 'zod';
import { addCaseSchema, deferSchema, moveItemSchema } from './schemas';
import { caseSummary } from '@/lib/cases/summary';
import { kickJob } from '@/lib/jobs/kick';
import { capacityOf, orderAgenda, type Capacity } from './agenda-order';
import { agendaSectionOrder, inAgendaOrder, type AgendaSection } from './agenda-section';
import { incompleteActionsPreview, type IncompleteActionsPreview } from './incomplete-actions';
import { conductSummariesOf, type ConductSummary } from '@/lib/stalking/summary';
import { reachingTwelveMonthsSql } from '@/lib/cases/list';
import { now, ukDateOf } from '@/db/clock';
import { casesVisibleTo, loadCaseFor } from '@/lib/authz/cases';

const openStatuses = ['scheduled', 'agenda_published'] as const;

/** How many rows the agenda's lists of items 3 and 5 show; each links to its full list. */
export const AGENDA_LIST_SHOWN = 20;

/** A meeting of the viewer's area. Agencies see one only once its agenda is published. */
export async function loadMeetingFor(tx: Tx, me: Viewer, meetingId: string, action: Action): Promise<Meeting> {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, knownId(meetingId, action, 'meeting'))).limit(1);
  const hidden = !meeting || (meeting.status === 'scheduled' && !can(me, 'meeting.run', { areaId: meeting.areaId }));
  if (hidden) throw new AccessDenied(action, 'meeting', meetingId, true);
  assertCan(me, action, { areaId: meeting.areaId }, { type: 'meeting', id: meeting.id });
  return meeting;
}


/** Accepted cases waiting for a meeting and not already listed on an open agenda. */
async function casesWaiting(tx: Tx, areaId: string) {
  const rows = await tx
    .select({ caseId: cases.id, number: cases.number, ...caseSummary })
    .from(cases)
    .where(
      and(
        eq(cases.areaId, areaId),
        eq(cases.status, 'open'),
        eq(cases.awaitingMeeting, true),
        sql`not exists (select 1 from ${agendaItems} join ${meetings} on ${meetings.id} = ${agendaItems.meetingId}
          where ${agendaItems.caseId} = ${cases.id} and ${agendaItems.deferredToMeetingId} is null
            and ${meetings.status} in ('scheduled', 'agenda_published'))`,
      ),
    );
  return rows.map((r) => ({ ...r, acceptedAt: new Date(r.acceptedAt) }));
}

/**
 * Lists cases at the end of the agenda. No section is stored: agendas, meetings and minutes read a case's
 * section as it is now (agenda-section.ts), so they always agree with the count of children they show.
 */
async function appendItems(tx: Tx, meetingId: string, items: { caseId: string; repeat: boolean; riskScore: number }[], byHand: boolean) {
  if (items.length === 0) return;
  const [{ last }] = await tx.select({ last: max(agendaItems.position) }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
  await tx
    .insert(agendaItems)
    .values(items.map((item, i) => ({ meetingId, ...item, position: (last ?? 0) + i + 1, addedByHand: byHand })))
    .onConflictDoNothing();
}

function assertEditable(meeting: Meeting) {
  if (!(openStatuses as readonly string[]).includes(meeting.status)) throw new InputRejected({ meetingId: 'This meeting’s agenda can no longer be changed.' });
}

/** Lists every case waiting for a meeting on this agenda, in the suggested order. */
export function buildAgenda(viewer: Viewer, meetingId: string): Promise<{ added: number }> {
  return withViewer(viewer, async (tx, me) => {
    const meeting = await loadMeetingFor(tx, me, meetingId, 'agenda.edit');
    assertEditable(meeting);
    const ordered = orderAgenda(await casesWaiting(tx, meeting.areaId));
    await appendItems(tx, meeting.id, ordered.map((c) => ({ caseId: c.caseId, repeat: c.repeat, riskScore: c.riskScore })), false);
    await recordAudit(tx, me, { action: 'agenda.build', resourceType: 'meeting', resourceId: meeting.id, detail: `cases_${ordered.length}` });
    return { added: ordered.length };
  });
}

/** Adds one open case of the area to the agenda, at the end of its section. */
export async function addCaseToAgenda(viewer: Viewer, raw: z.input<typeof addCaseSchema>): Promise<void> {
  const input = parseInput(addCaseSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const meeting = await loadMeetingFor(tx, me, input.meetingId, 'agenda.edit');
    assertEditable(meeting);
    // A case of another area (a forged id) answers "not found"; a closed case of the area cannot be listed.
    const listable = await loadCaseFor(tx, me, input.caseId, 'agenda.edit');
    const [found] = await tx
      .select({ caseId: cases.id, ...caseSummary })
      .from(cases)
      .where(and(eq(cases.id, listable.id), eq(cases.status, 'open')));
    if (!found) throw new InputRejected({ caseId: 'Select an open case of this area' });
    const [already] = await tx.select({ id: agendaItems.id }).from(agendaItems).where(and(eq(agendaItems.meetingId, meeting.id), eq(agendaItems.caseId, found.caseId)));
    if (already) throw new InputRejected({ caseId: 'This case is already on the agenda' });
    await appendItems(tx, meeting.id, [{ caseId: found.caseId, repeat: found.repeat, riskScore: found.riskScore }], true);
    await recordAudit(tx, me, { action: 'agenda.add_case', resourceType: 'meeting', resourceId: meeting.id, caseId: found.caseId });
  });
}

async function loadItem(tx: Tx, me: Viewer, itemId: string, action: Action) {
  const [item] = await tx.select().from(agendaItems).where(eq(agendaItems.id, knownId(itemId, action, 'agenda_item'))).limit(1);
  if (!item) throw new AccessDenied(action, 'agenda_item', itemId, true);
  const meeting = await loadMeetingFor(tx, me, item.meetingId, action);
  return { item, meeting };
}

/** The meeting's listed (not deferred) items in agenda order, each in its section as it is now. */
async function listedInOrder(tx: Tx, meetingId: string) {
  const rows = await tx
    .select({ id: agendaItems.id, position: agendaItems.position, children: caseSummary.children })
    .from(agendaItems)
    .innerJoin(cases, eq(cases.id, agendaItems.caseId))
    .where(and(eq(agendaItems.meetingId, meetingId), isNull(agendaItems.deferredToMeetingId)));
  return inAgendaOrder(rows);
}

/** Moves a case one place up or down within its section of the agenda. */
export async function moveAgendaItem(viewer: Viewer, raw: z.input<typeof moveItemSchema>): Promise<void> {
  const input = parseInput(moveItemSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const { item, meeting } = await loadItem(tx, me, input.itemId, 'agenda.edit');
    assertEditable(meeting);
    const ordered = await listedInOrder(tx, meeting.id);
    const at = ordered.findIndex((i) => i.id === item.id);
    const neighbour = at < 0 ? undefined : ordered[input.direction === 'up' ? at - 1 : at + 1];
    if (!neighbour || neighbour.section !== ordered[at].section) return;
    await tx.update(agendaItems).set({ position: neighbour.position }).where(eq(agendaItems.id, item.id));
    await tx.update(agendaItems).set({ position: item.position }).where(eq(agendaItems.id, neighbour.id));
    await recordAudit(tx, me, { action: 'agenda.reorder', resourceType: 'meeting', resourceId: meeting.id, caseId: item.caseId, detail: input.direction });
  });
}

/** Defers a case to a later meeting of the area, with the reason; it is listed there at the end of its section. */
export async function deferAgendaItem(viewer: Viewer, raw: z.input<typeof deferSchema>): Promise<void> {
  const input = parseInput(deferSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const { item, meeting } = await loadItem(tx, me, input.itemId, 'agenda.edit');
    assertEditable(meeting);
    if (item.deferredToMeetingId) throw new InputRejected({ toMeetingId: 'This case has already been deferred' });
    // A meeting of another area (a forged id) answers "not found"; one of the area must be later, and open.
    const target = await loadMeetingFor(tx, me, input.toMeetingId, 'agenda.edit');
    if (!(target.startsAt > meeting.startsAt) || !(openStatuses as readonly string[]).includes(target.status)) {
      throw new InputRejected({ toMeetingId: 'Select a later meeting of this area' });
    }
    await tx.update(agendaItems).set({ deferredToMeetingId: target.id, deferredReason: input.reason }).where(eq(agendaItems.id, item.id));
    await appendItems(tx, target.id, [{ caseId: item.caseId, repeat: item.repeat, riskScore: item.riskScore }], true);
    await recordAudit(tx, me, { action: 'agenda.defer', resourceType: 'meeting', resourceId: meeting.id, caseId: item.caseId, justification: input.reason });
  });
}

/**
 * Publishes the agenda: every agency of the area can now see the listed cases and record its research,
 * and the research-request job (lib/meetings/research-requests.ts) asks them to.
 */
export function publishAgenda(viewer: Viewer, meetingId: string): Promise<void> {
  return withViewer(viewer, async (tx, me) => {
    const meeting = await loadMeetingFor(tx, me, meetingId, 'agenda.edit');
    if (meeting.status !== 'scheduled') throw new InputRejected({ meetingId: 'This agenda has already been published.' });
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, meeting.id), isNull(agendaItems.deferredToMeetingId)));
    if (n === 0) throw new InputRejected({ meetingId: 'List at least one case before publishing the agenda.' });
    await tx.update(meetings).set({ status: 'agenda_published', agendaPublishedAt: now(), updatedAt: now() }).where(eq(meetings.id, meeting.id));
    await recordAudit(tx, me, { action: 'agenda.publish', resourceType: 'meeting', resourceId: meeting.id, detail: `cases_${n}` });
    // The research-request job asks the agencies; waking it now saves waiting for its next minute.
    kickJob('research-requests');
  });
}

export type ResearchState = 'recorded' | 'no_trace' | 'none';

export interface AgendaView {
  meeting: { id: string; startsAt: Date; venue: string | null; videoLink: string | null; chairName: string | null; status: Meeting['status']; agendaPublishedAt: Date | null };
  sections: {
    section: AgendaSection;
    items: {
      id: string;
      caseId: string;
      caseNumber: string;
      victimName: string | null;
      repeat: boolean;
      riskScore: number;
      children: number;
      /**
       * The agencies asked to research, each with where it stands. The agency that only coordinates
       * the MARAC (its users coordinate or administer, none represents it) is left out unless it recorded.
       */
      research: { agencyId: string; agencyName: string; state: ResearchState }[];
      /** The viewer's own agency's research on the case. */
      mine: ResearchState;
    }[];
  }[];
  deferred: { id: string; caseNumber: string; victimName: string | null; toMeetingStartsAt: Date | null; reason: string | null }[];
  capacity: Capacity;
  minutesPerCase: number;
  /** Item 5: the first few open cases reaching 12 months on the meeting's day, and how many there are. */
  reachingTwelveMonths: { day: string; shown: { caseId: string; number: string; victimName: string | null; lastMaracOn: string }[]; total: number };
  /** Item 3: the first few, and how many; the run view lists them all. */
  incompleteActions: IncompleteActionsPreview;
  /** Each listed case's course of conduct in one line, for the cases whose log the viewer may see and that have one. */
  conduct: Map<string, ConductSummary>;
  waitingToAdd: { caseId: string; number: string; victimName: string | null }[];
  laterMeetings: { id: string; startsAt: Date }[];
  canEdit: boolean;
  canResearch: boolean;
  /** Coordinators and chairs: every agency's research state on each case, on any agenda, past or coming. */
  canSeeAllResearch: boolean;
}

/** A meeting's agenda, with each agency's research on each case. Viewing it is an event. */
export function getAgenda(viewer: Viewer, meetingId: string): Promise<AgendaView> {
  return withViewer(viewer, async (tx, me) => {
    const meeting = await loadMeetingFor(tx, me, meetingId, 'agenda.view');
    const canEdit = can(me, 'agenda.edit', { areaId: meeting.areaId }) && (openStatuses as readonly string[]).includes(meeting.status);
    const [[{ area, chairName, areaAgencies, laterMeetings }], rows] = await Promise.all([
      tx
        .select({
          area: areas,
          chairName: users.name,
          // The area's agencies, by name, read with it, each marked if it only coordinates the MARAC.
          areaAgencies: sql<{ id: string; name: string; coordinatesOnly: boolean }[]>`(select coalesce(json_agg(json_build_object('id', a.id, 'name', a.name,
              'coordinatesOnly', exists (select 1 from users u where u.agency_id = a.id and u.active and u.role in ('coordinator', 'admin', 'ig_lead', 'steering_group'))
                and not exists (select 1 from users u where u.agency_id = a.id and u.active and u.role in ('agency', 'chair'))) order by a.name), '[]'::json)
            from ${agencies} a where a.area_id = ${areas.id} and a.active)`,
          // For the coordinator's "move to a later meeting": the area's later meetings still open, soonest first.
          laterMeetings: canEdit
            ? sql<{ id: string; startsAt: string }[]>`(select coalesce(json_agg(json_build_object('id', m.id, 'startsAt', m.starts_at) order by m.starts_at), '[]'::json)
                from ${meetings} m where m.area_id = ${areas.id} and m.starts_at > ${meeting.startsAt.toISOString()}::timestamptz and m.id <> ${meeting.id}
                  and m.status in (${sql.join(openStatuses.map((st) => sql`${st}`), sql`, `)}))`
            : sql<{ id: string; startsAt: string }[]>`'[]'::json`,
        })
        .from(areas)
        .leftJoin(users, meeting.chairUserId ? eq(users.id, meeting.chairUserId) : sql`false`)
        .where(eq(areas.id, meeting.areaId)),
      tx
        .select({
          item: agendaItems,
          caseNumber: cases.number,
          victimName: caseSummary.victimName,
          children: caseSummary.children,
          toMeetingStartsAt: meetings.startsAt,
          // Each agency's research on the case, read with it.
          recorded: sql<{ agencyId: string; noTrace: boolean }[]>`(select coalesce(json_agg(json_build_object('agencyId', ${research.agencyId}, 'noTrace', ${research.noTrace})), '[]'::json)
            from ${research} where ${research.agendaItemId} = ${agendaItems.id})`,
        })
        .from(agendaItems)
        .innerJoin(cases, eq(cases.id, agendaItems.caseId))
        .leftJoin(meetings, eq(meetings.id, agendaItems.deferredToMeetingId))
        // Each case only to a viewer who may see it now: an agency reads a past agenda's cases while it
        // still has a part in them, not for ever.
        .where(and(eq(agendaItems.meetingId, meeting.id), casesVisibleTo(me)))
        .orderBy(asc(agendaItems.position)),
    ]);
    const listed = rows.filter((r) => !r.item.deferredToMeetingId);
    const stateOf = (recorded: { agencyId: string; noTrace: boolean }[], agencyId: string): ResearchState => {
      const r = recorded.find((x) => x.agencyId === agencyId);
      return r ? (r.noTrace ? 'no_trace' : 'recorded') : 'none';
    };
    const items = inAgendaOrder(listed.map((r) => ({ ...r, position: r.item.position, children: r.children }))).map((r) => ({
      id: r.item.id,
      caseId: r.item.caseId,
      caseNumber: r.caseNumber,
      victimName: r.victimName,
      repeat: r.item.repeat,
      riskScore: r.item.riskScore,
      children: r.children,
      section: r.section,
      research: areaAgencies
        .map((a) => ({ agencyId: a.id, agencyName: a.name, state: stateOf(r.recorded, a.id), asked: !a.coordinatesOnly }))
        .filter((a) => a.asked || a.state !== 'none')
        .map(({ asked: _asked, ...a }) => a),
      mine: stateOf(r.recorded, me.agencyId),
    }));
    const meetingDay = ukDateOf(meeting.startsAt);
    const reaching = and(eq(cases.areaId, meeting.areaId), casesVisibleTo(me), reachingTwelveMonthsSql(meetingDay));
    const [reachingRows, waiting] = await Promise.all([
      // The first few, and how many in all, counted in the same statement before the limit.
      tx
        .select({ caseId: cases.id, number: cases.number, victimName: caseSummary.victimName, lastMaracOn: cases.lastMaracOn, total: sql<number>`(count(*) over ())::int` })
        .from(cases)
        .where(reaching)
        .orderBy(asc(cases.lastMaracOn), asc(cases.number))
        .limit(AGENDA_LIST_SHOWN),
      canEdit ? casesWaiting(tx, meeting.areaId) : Promise.resolve([]),
    ]);
    const [incompleteActions, conduct] = await Promise.all([
      incompleteActionsPreview(tx, meeting, me, AGENDA_LIST_SHOWN),
      // Only the cases whose log the viewer may see get a line (lib/stalking/summary.ts asks lib/authz).
      conductSummariesOf(tx, me, items.map((i) => i.caseId)),
    ]);
    await recordAudit(tx, me, { action: 'agenda.view', resourceType: 'meeting', resourceId: meeting.id, caseIds: items.map((i) => i.caseId) });
    return {
      meeting: {
        id: meeting.id,
        startsAt: meeting.startsAt,
        venue: meeting.venue,
        videoLink: meeting.videoLink,
        chairName,
        status: meeting.status,
        agendaPublishedAt: meeting.agendaPublishedAt,
      },
      sections: agendaSectionOrder.map((section) => ({ section, items: items.filter((i) => i.section === section).map(({ section: _s, ...i }) => i) })),
      deferred: rows
        .filter((r) => r.item.deferredToMeetingId)
        .map((r) => ({ id: r.item.id, caseNumber: r.caseNumber, victimName: r.victimName, toMeetingStartsAt: r.toMeetingStartsAt, reason: r.item.deferredReason })),
      capacity: capacityOf(items.length, area),
      minutesPerCase: area.minutesPerCase,
      reachingTwelveMonths: { day: meetingDay, shown: reachingRows.map(({ total: _total, ...r }) => ({ ...r, lastMaracOn: r.lastMaracOn! })), total: reachingRows[0]?.total ?? 0 },
      incompleteActions,
      conduct,
      waitingToAdd: waiting.map((w) => ({ caseId: w.caseId, number: w.number, victimName: w.victimName })),
      laterMeetings: laterMeetings.map((m) => ({ id: m.id, startsAt: new Date(m.startsAt) })),
      canEdit,
      canResearch: meeting.status === 'agenda_published' && can(me, 'research.record', { areaId: meeting.areaId }),
      canSeeAllResearch: can(me, 'meeting.run', { areaId: meeting.areaId }),
    };
  });
}
