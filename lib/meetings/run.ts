import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { isOpen } from '@/lib/action-items/status';
import type { Tx } from '@/db/client';
import {
  actionItems,
  actionItemUpdates,
  agencies,
  agendaItems,
  areas,
  attendance,
  caseMinutes,
  cases,
  confidentialityConfirmations,
  meetings,
  referrals,
  research,
  users,
  type Meeting,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied, ConfidentialityNotConfirmed, InputRejected, StaleVersion } from '@/lib/errors';
import { criteriaOf } from '@/lib/referrals/record';
import { loadMeetingFor } from './agenda';
import { caseSummary } from '@/lib/cases/summary';
import { notifyUsers } from '@/lib/notifications/notify';
import { ownerRecipients, resolveOwner } from '@/lib/action-items/owner';
import { incompleteActionsFromLastMeeting, type IncompleteAction } from './incomplete-actions';
import { inAgendaOrder, type AgendaSection } from './agenda-section';
import { minutesConflictMessage } from './minute-fields';
import { outcomesFor, recordedOutcome } from './review-outcomes';
import { actionItemSchema, actionReviewSchema, attendanceSchema, minutesSchema, type MinutesInput } from './schemas';
import type { z } from 'zod';
import { knownId } from '@/lib/input/ids';
import { parseInput } from '@/lib/input/parse';
import { now, todayInUk, ukDateOf } from '@/db/clock';
import { casesVisibleTo } from '@/lib/authz/cases';
import { assertCan, can } from '@/lib/authz';

/** Two people saved one case's minutes from the same version: the later is told, and keeps their text. */
export class MinutesConflict extends StaleVersion {
  constructor(message = minutesConflictMessage) {
    super();
    this.message = message;
  }
}

/** A meeting can be started on its day (UK time), not before: its cases are then heard on that day. */
function startableToday(meeting: Meeting): boolean {
  return ukDateOf(meeting.startsAt) <= todayInUk();
}

/** Records the register: how each agency took part. An agency left blank is left off. */
export async function recordAttendance(viewer: Viewer, raw: z.input<typeof attendanceSchema>): Promise<void> {
  const input = parseInput(attendanceSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const meeting = await loadMeetingFor(tx, me, input.meetingId, 'meeting.run');
    if (meeting.status !== 'agenda_published' && meeting.status !== 'held') throw new InputRejected({ entries: 'The register is taken once the agenda is published, until the minutes are finalised.' });
    const areaAgencies = new Set((await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.areaId, meeting.areaId))).map((a) => a.id));
    for (const entry of input.entries) {
      if (!areaAgencies.has(entry.agencyId)) throw new AccessDenied('meeting.run', 'agency', entry.agencyId, true);
      if (!entry.status) {
        await tx.delete(attendance).where(and(eq(attendance.meetingId, meeting.id), eq(attendance.agencyId, entry.agencyId)));
        continue;
      }
      await tx
        .insert(attendance)
        .values({ meetingId: meeting.id, agencyId: entry.agencyId, status: entry.status, representative: entry.representative || null, recordedBy: me.userId })
        .onConflictDoUpdate({
          target: [attendance.meetingId, attendance.agencyId],
          set: { status: entry.status, representative: entry.representative || null, recordedBy: me.userId, recordedAt: now() },
        });
    }
    await recordAudit(tx, me, { action: 'meeting.register', resourceType: 'meeting', resourceId: meeting.id });
  });
}

/** The viewer confirms the confidentiality statement for this meeting; the time is kept for the minutes. */
export function confirmConfidentiality(viewer: Viewer, meetingId: string): Promise<void> {
  return withViewer(viewer, async (tx, me) => {
    const meeting = await loadMeetingFor(tx, me, meetingId, 'meeting.attend');
    if (meeting.status !== 'agenda_published' && meeting.status !== 'held') throw new InputRejected({ meetingId: 'This meeting is not taking place now.' });
    await tx.insert(confidentialityConfirmations).values({ meetingId: meeting.id, userId: me.userId, agencyId: me.agencyId }).onConflictDoNothing();
    await recordAudit(tx, me, { action: 'meeting.confirm_confidentiality', resourceType: 'meeting', resourceId: meeting.id });
  });
}

/**
 * The chair opens the meeting: research closes and minutes can be taken. Not before the meeting's day:
 * its cases are heard on that day, so a meeting started early would mark them heard on a day to come.
 * That refusal is recorded (the event commits, then the user is told).
 */
export async function startMeeting(viewer: Viewer, meetingId: string): Promise<void> {
  const started = await withViewer(viewer, async (tx, me) => {
    const meeting = await loadMeetingFor(tx, me, meetingId, 'meeting.run');
    if (meeting.status !== 'agenda_published') throw new InputRejected({ meetingId: 'Publish the agenda before the meeting starts.' });
    if (!startableToday(meeting)) {
      await recordAudit(tx, me, { action: 'meeting.start', resourceType: 'meeting', resourceId: meeting.id, outcome: 'denied', detail: 'before_meeting_day' });
      return false;
    }
    await tx.update(meetings).set({ status: 'held', updatedAt: now() }).where(eq(meetings.id, meeting.id));
    await recordAudit(tx, me, { action: 'meeting.start', resourceType: 'meeting', resourceId: meeting.id });
    return true;
  });
  if (!started) throw new InputRejected({ meetingId: startTooEarlyMessage });
}

export const startTooEarlyMessage = 'This meeting cannot be started yet. A meeting can be started only on the day it is held.';

async function assertConfirmed(tx: Tx, me: Viewer, meeting: Meeting) {
  const [confirmed] = await tx
    .select({ at: confidentialityConfirmations.confirmedAt })
    .from(confidentialityConfirmations)
    .where(and(eq(confidentialityConfirmations.meetingId, meeting.id), eq(confidentialityConfirmations.userId, me.userId)));
  if (!confirmed) throw new ConfidentialityNotConfirmed(meeting.id);
}

export interface MeetingRunView {
  /** `startable`: the day of the meeting has come, so it can be started once its agenda is published. */
  meeting: { id: string; startsAt: Date; status: Meeting['status']; minutesPerCase: number; startable: boolean };
  register: { agencyId: string; agencyName: string; status: string | null; representative: string | null }[];
  confirmations: { name: string; agencyName: string; confirmedAt: Date }[];
  /** The cases, and last meeting's incomplete actions: empty until the viewer confirms confidentiality. */
  items: { id: string; caseNumber: string; victimName: string | null; section: AgendaSection }[];
  incompleteActions: IncompleteAction[];
  confirmedByMe: boolean;
  /** The chair and coordinators run the meeting: the register, starting it, reviewing last meeting's actions. */
  canRun: boolean;
  canFinalise: boolean;
}

/** The chair's view of the meeting as a whole: the register, who has confirmed, the cases in order. */
export function getMeetingRun(viewer: Viewer, meetingId: string): Promise<MeetingRunView> {
  return withViewer(viewer, async (tx, me) => {
    const meeting = await loadMeetingFor(tx, me, meetingId, 'meeting.attend');
    const [areaRow] = await tx.select({ minutesPerCase: areas.minutesPerCase }).from(areas).where(eq(areas.id, meeting.areaId));
    const [register, confirmations, items, incompleteActions] = await Promise.all([
      tx
        .select({ agencyId: agencies.id, agencyName: agencies.name, status: attendance.status, representative: attendance.representative })
        .from(agencies)
        .leftJoin(attendance, and(eq(attendance.agencyId, agencies.id), eq(attendance.meetingId, meeting.id)))
        .where(and(eq(agencies.areaId, meeting.areaId), eq(agencies.active, true)))
        .orderBy(asc(agencies.name)),
      tx
        .select({ userId: users.id, name: users.name, agencyName: agencies.name, confirmedAt: confidentialityConfirmations.confirmedAt })
        .from(confidentialityConfirmations)
        .innerJoin(users, eq(users.id, confidentialityConfirmations.userId))
        .innerJoin(agencies, eq(agencies.id, confidentialityConfirmations.agencyId))
        .where(eq(confidentialityConfirmations.meetingId, meeting.id))
        .orderBy(asc(confidentialityConfirmations.confirmedAt)),
      tx
        .select({ id: agendaItems.id, caseId: agendaItems.caseId, position: agendaItems.position, caseNumber: cases.number, victimName: caseSummary.victimName, children: caseSummary.children })
        .from(agendaItems)
        .innerJoin(cases, eq(cases.id, agendaItems.caseId))
        .where(and(eq(agendaItems.meetingId, meeting.id), sql`${agendaItems.deferredToMeetingId} is null`, casesVisibleTo(me))),
      incompleteActionsFromLastMeeting(tx, meeting, me),
    ]);
    const confirmedByMe = confirmations.some((c) => c.userId === me.userId);
    await recordAudit(tx, me, { action: 'meeting.open', resourceType: 'meeting', resourceId: meeting.id, caseIds: confirmedByMe ? items.map((i) => i.caseId) : [] });
    return {
      meeting: { id: meeting.id, startsAt: meeting.startsAt, status: meeting.status, minutesPerCase: areaRow.minutesPerCase, startable: startableToday(meeting) },
      register,
      confirmations: confirmations.map(({ userId: _u, ...c }) => c),
      // Nothing about a case (not even its number) before the viewer has confirmed the statement.
      items: confirmedByMe ? inAgendaOrder(items).map(({ id, caseNumber, victimName, section }) => ({ id, caseNumber, victimName, section })) : [],
      incompleteActions: confirmedByMe ? incompleteActions : [],
      confirmedByMe,
      canRun: can(me, 'meeting.run', { areaId: meeting.areaId }),
      canFinalise: can(me, 'minutes.finalise', { areaId: meeting.areaId }),
    };
  });
}

export interface MeetingCaseView {
  itemId: string;
  meetingId: string;
  caseId: string;
  caseNumber: string;
  victimName: string | null;
  perpetratorName: string | null;
  children: number;
  scores: { risk: number; stalking: number };
  criteria: ReturnType<typeof criteriaOf> | null;
  requestOfMarac: string | null;
  victimWishes: string | null;
  research: { agencyName: string; noTrace: boolean; facts: string | null; opinion: string | null; risks: string | null; withheld: string | null; updatedBy: string; updatedAt: Date }[];
  openActions: { id: string; description: string; agencyName: string; ownerName: string; dueOn: string; status: string }[];
  agreedHere: { id: string; description: string; agencyName: string; ownerName: string; dueOn: string }[];
  minutes: Omit<MinutesInput, 'agendaItemId'>;
  /** Who last saved the minutes, and when. */
  minutesSaved: { by: string; at: Date } | null;
  editable: boolean;
  finalised: boolean;
}

/**
 * One case as the meeting hears it: the referral's summary, every agency's research, the case's open
 * actions, and its minutes. Shown only to those who have confirmed confidentiality; each showing is an event.
 */
export function getMeetingCase(viewer: Viewer, itemId: string): Promise<MeetingCaseView> {
  return withViewer(viewer, async (tx, me) => {
    const [item] = await tx.select().from(agendaItems).where(eq(agendaItems.id, knownId(itemId, 'meeting.attend', 'agenda_item'))).limit(1);
    if (!item || item.deferredToMeetingId) throw new AccessDenied('meeting.attend', 'agenda_item', itemId, true);
    const meeting = await loadMeetingFor(tx, me, item.meetingId, 'meeting.attend');
    await assertConfirmed(tx, me, meeting);
    const [found] = await tx.select({ id: cases.id, number: cases.number, children: caseSummary.children }).from(cases).where(eq(cases.id, item.caseId));
    const [latest] = await tx
      .select()
      .from(referrals)
      .where(and(eq(referrals.caseId, found.id), eq(referrals.status, 'accepted')))
      .orderBy(desc(referrals.submittedAt))
      .limit(1);
    const [researchRows, actionRows, [minutes]] = await Promise.all([
      tx
        .select({ r: research, agencyName: agencies.name, updatedBy: users.name })
        .from(research)
        .innerJoin(agencies, eq(agencies.id, research.agencyId))
        .innerJoin(users, eq(users.id, research.updatedBy))
        .where(eq(research.agendaItemId, item.id))
        .orderBy(asc(agencies.name)),
      tx
        .select({ a: actionItems, agencyName: agencies.name })
        .from(actionItems)
        .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
        .where(eq(actionItems.caseId, found.id))
        .orderBy(asc(actionItems.dueOn)),
      tx
        .select({ m: caseMinutes, by: users.name })
        .from(caseMinutes)
        .innerJoin(users, eq(users.id, caseMinutes.updatedBy))
        .where(eq(caseMinutes.agendaItemId, item.id))
        .then((rows) => rows.map(({ m, by }) => ({ ...m, by }))),
    ]);
    const consent = latest?.form.consent;
    const canRun = can(me, 'meeting.run', { areaId: meeting.areaId });
    await recordAudit(tx, me, { action: 'meeting.case_shown', resourceType: 'agenda_item', resourceId: item.id, caseId: found.id });
    return {
      itemId: item.id,
      meetingId: meeting.id,
      caseId: found.id,
      caseNumber: found.number,
      victimName: latest?.victimName ?? null,
      perpetratorName: latest?.perpetratorName ?? null,
      children: found.children,
      scores: { risk: latest?.riskScore ?? 0, stalking: latest?.stalkingScore ?? 0 },
      criteria: latest ? criteriaOf(latest) : null,
      requestOfMarac: consent?.requestOfMarac ?? null,
      victimWishes: consent?.victimWishes ?? null,
      research: researchRows.map(({ r, agencyName, updatedBy }) => ({ agencyName, noTrace: r.noTrace, facts: r.facts, opinion: r.opinion, risks: r.risks, withheld: r.withheld, updatedBy, updatedAt: r.updatedAt })),
      openActions: actionRows
        .filter(({ a }) => a.meetingId !== meeting.id && isOpen(a.status))
        .map(({ a, agencyName }) => ({ id: a.id, description: a.description, agencyName, ownerName: a.ownerName, dueOn: a.dueOn, status: a.status })),
      agreedHere: actionRows
        .filter(({ a }) => a.meetingId === meeting.id)
        .map(({ a, agencyName }) => ({ id: a.id, description: a.description, agencyName, ownerName: a.ownerName, dueOn: a.dueOn })),
      minutes: {
        version: minutes?.version ?? 0,
        informationShared: minutes?.informationShared ?? '',
        risksToVictim: minutes?.risksToVictim ?? '',
        risksToChildren: minutes?.risksToChildren ?? '',
        risksToOthers: minutes?.risksToOthers ?? '',
        risksToStaff: minutes?.risksToStaff ?? '',
        crimesDisclosed: minutes?.crimesDisclosed ?? '',
        decisions: minutes?.decisions ?? '',
      },
      minutesSaved: minutes ? { by: minutes.by, at: minutes.updatedAt } : null,
      editable: canRun && meeting.status === 'held',
      finalised: meeting.status === 'finalised',
    };
  });
}

async function loadRunnableItem(tx: Tx, me: Viewer, itemId: string) {
  const [item] = await tx.select().from(agendaItems).where(eq(agendaItems.id, itemId)).limit(1);
  if (!item || item.deferredToMeetingId) throw new AccessDenied('meeting.run', 'agenda_item', itemId, true);
  const meeting = await loadMeetingFor(tx, me, item.meetingId, 'meeting.run');
  return { item, meeting };
}

/**
 * Saves one case's minutes. The save names the version it was made from; if someone else saved in
 * between, it is refused and the user keeps their text to merge. Finalised minutes are never edited in
 * place: a correction makes a new revision (finalise.ts).
 */
export async function saveMinutes(viewer: Viewer, raw: z.input<typeof minutesSchema>): Promise<{ version: number }> {
  const input = parseInput(minutesSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const { item, meeting } = await loadRunnableItem(tx, me, input.agendaItemId);
    if (meeting.status === 'finalised') throw new InputRejected({ form: 'These minutes are finalised. Make a correction instead: it is kept as a new revision.' });
    if (meeting.status !== 'held') throw new InputRejected({ form: 'Minutes are taken once the meeting has started.' });
    const { agendaItemId: _id, version, ...fields } = input;
    const values = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v || null]));
    const [existing] = await tx.select().from(caseMinutes).where(eq(caseMinutes.agendaItemId, item.id)).for('update');
    if ((existing?.version ?? 0) !== version) throw new MinutesConflict();
    let saved = 1;
    if (existing) {
      [{ version: saved }] = await tx
        .update(caseMinutes)
        .set({ ...values, version: existing.version + 1, updatedBy: me.userId, updatedAt: now() })
        .where(eq(caseMinutes.id, existing.id))
        .returning({ version: caseMinutes.version });
    } else {
      // Two first saves at once: the unique agenda item lets one in; the other is told, as for any stale save.
      const inserted = await tx.insert(caseMinutes).values({ agendaItemId: item.id, ...values, updatedBy: me.userId }).onConflictDoNothing().returning({ id: caseMinutes.id });
      if (inserted.length === 0) throw new MinutesConflict();
    }
    await recordAudit(tx, me, { action: 'minutes.save', resourceType: 'agenda_item', resourceId: item.id, caseId: item.caseId });
    return { version: saved };
  });
}

/**
 * Records a SMART action agreed for the case: what, which agency, which person, by when. The person is
 * one of the agency's enabled users (`owner: { userId }`), who is told and later reminded, or someone
 * without an account (`owner: { name }`), when the agency's users are told instead.
 */
export async function addActionItem(viewer: Viewer, raw: z.input<typeof actionItemSchema>): Promise<{ actionItemId: string }> {
  const input = parseInput(actionItemSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const { item, meeting } = await loadRunnableItem(tx, me, input.agendaItemId);
    if (meeting.status !== 'held') throw new InputRejected({ form: 'Actions are agreed during the meeting.' });
    // An agency of another area (a forged id) is, to this viewer, an agency that does not exist.
    const [agency] = await tx.select().from(agencies).where(eq(agencies.id, input.ownerAgencyId));
    if (!agency) throw new AccessDenied('meeting.run', 'agency', input.ownerAgencyId, true);
    assertCan(me, 'meeting.run', { areaId: agency.areaId }, { type: 'agency', id: agency.id });
    const owner = await resolveOwner(tx, agency.id, input.owner);
    if (input.dueOn < meeting.startsAt.toISOString().slice(0, 10)) throw new InputRejected({ dueOn: 'The due date must be on or after the meeting' });
    const [created] = await tx
      .insert(actionItems)
      .values({ areaId: meeting.areaId, caseId: item.caseId, meetingId: meeting.id, agendaItemId: item.id, description: input.description, ownerAgencyId: agency.id, ...owner, dueOn: input.dueOn, createdBy: me.userId })
      .returning({ id: actionItems.id });
    await recordAudit(tx, me, { action: 'action_item.create', resourceType: 'action_item', resourceId: created.id, caseId: item.caseId });
    await notifyUsers(tx, me, await ownerRecipients(tx, { ownerAgencyId: agency.id, ...owner }), 'action_assigned', { actionItemId: created.id });
    return { actionItemId: created.id };
  });
}

/**
 * At the next meeting: where an action from the last one stands. One not yet due may be on track (it
 * stays open); otherwise it is closed as not possible or, once overdue, not done.
 */
export async function reviewIncompleteAction(viewer: Viewer, raw: z.input<typeof actionReviewSchema>): Promise<void> {
  const input = parseInput(actionReviewSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const meeting = await loadMeetingFor(tx, me, input.meetingId, 'meeting.run');
    if (meeting.status !== 'held') throw new InputRejected({ form: 'Incomplete actions are reviewed during the meeting.' });
    const [action] = await tx.select().from(actionItems).where(and(eq(actionItems.id, input.actionItemId), eq(actionItems.areaId, meeting.areaId)));
    if (!action) throw new AccessDenied('meeting.run', 'action_item', input.actionItemId, true);
    if (!outcomesFor(action, ukDateOf(meeting.startsAt)).includes(input.outcome)) {
      throw new InputRejected({ outcome: input.outcome === 'on_track' ? 'This action is overdue or closed: select not possible or not done' : 'This action is not due yet: select on track or not possible' });
    }
    const status = input.outcome === 'on_track' ? action.status : input.outcome;
    await tx
      .update(actionItems)
      .set({
        status,
        reviewNote: input.note || null,
        reviewedAtMeetingId: meeting.id,
        closedAt: input.outcome === 'on_track' ? action.closedAt : (action.closedAt ?? now()),
        version: action.version + 1,
        updatedAt: now(),
      })
      .where(eq(actionItems.id, action.id));
    await tx.insert(actionItemUpdates).values({
      actionItemId: action.id,
      userId: me.userId,
      fromStatus: action.status,
      toStatus: status,
      note: `Recorded at the MARAC: ${recordedOutcome(status)}${input.note ? `. ${input.note}` : ''}`,
    });
    await recordAudit(tx, me, { action: 'action_item.review', resourceType: 'action_item', resourceId: action.id, caseId: action.caseId, detail: input.outcome });
  });
}
