import 'server-only';
import { and, asc, desc, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  actionItems,
  agencies,
  agendaItems,
  areas,
  attendance,
  caseMinutes,
  cases,
  confidentialityConfirmations,
  meetings,
  minutesRevisions,
  notifications,
  users,
  type Meeting,
} from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied, InputRejected } from '@/lib/errors';
import { caseSummary } from '@/lib/cases/summary';
import { notifyUsers, usersOfAgencies } from '@/lib/notifications/notify';
import { loadMeetingFor } from './agenda';
import { inAgendaOrder, type AgendaSection } from './agenda-section';
import { changedMinutes, correctionConflictMessage, minuteFields, type MinutesChange } from './minute-fields';
import { MinutesConflict } from './run';
import type { z } from 'zod';
import { parseInput } from '@/lib/input/parse';
import { correctionSchema } from './schemas';
import { now, todayInUk, ukDateOf } from '@/db/clock';
import { visibleCaseIds } from '@/lib/authz/cases';
import { assertCan, can } from '@/lib/authz';

/**
 * The minutes as circulated: everything the MARAC's minutes hold, and nothing more. The victim's
 * protected contact details are never part of it.
 */
export interface MinutesSnapshot {
  areaName: string;
  startsAt: string;
  venue: string | null;
  chairName: string | null;
  attendance: { agencyName: string; status: string; representative: string | null }[];
  confirmations: { name: string; agencyName: string; confirmedAt: string }[];
  reviewedActions: { caseNumber: string; description: string; agencyName: string; outcome: string; note: string | null }[];
  cases: {
    agendaItemId: string;
    caseId: string;
    caseNumber: string;
    victimName: string | null;
    section: AgendaSection;
    minutes: Record<string, string | null>;
    actions: { description: string; agencyName: string; ownerName: string; dueOn: string }[];
  }[];
}

async function buildSnapshot(tx: Tx, meeting: Meeting): Promise<MinutesSnapshot> {
  const [[area], [chair], register, confirmations, reviewed, items, actions] = await Promise.all([
    tx.select({ name: areas.name }).from(areas).where(eq(areas.id, meeting.areaId)),
    meeting.chairUserId ? tx.select({ name: users.name }).from(users).where(eq(users.id, meeting.chairUserId)) : Promise.resolve([{ name: null }]),
    tx
      .select({ agencyName: agencies.name, status: attendance.status, representative: attendance.representative })
      .from(attendance)
      .innerJoin(agencies, eq(agencies.id, attendance.agencyId))
      .where(eq(attendance.meetingId, meeting.id))
      .orderBy(asc(agencies.name)),
    tx
      .select({ name: users.name, agencyName: agencies.name, confirmedAt: confidentialityConfirmations.confirmedAt })
      .from(confidentialityConfirmations)
      .innerJoin(users, eq(users.id, confidentialityConfirmations.userId))
      .innerJoin(agencies, eq(agencies.id, confidentialityConfirmations.agencyId))
      .where(eq(confidentialityConfirmations.meetingId, meeting.id))
      .orderBy(asc(confidentialityConfirmations.confirmedAt)),
    tx
      .select({ a: actionItems, caseNumber: cases.number, agencyName: agencies.name })
      .from(actionItems)
      .innerJoin(cases, eq(cases.id, actionItems.caseId))
      .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
      .where(eq(actionItems.reviewedAtMeetingId, meeting.id)),
    tx
      .select({
        item: agendaItems,
        caseNumber: cases.number,
        minutes: caseMinutes,
        victimName: caseSummary.victimName,
        children: caseSummary.children,
      })
      .from(agendaItems)
      .innerJoin(cases, eq(cases.id, agendaItems.caseId))
      .leftJoin(caseMinutes, eq(caseMinutes.agendaItemId, agendaItems.id))
      .where(and(eq(agendaItems.meetingId, meeting.id), isNull(agendaItems.deferredToMeetingId))),
    tx
      .select({ a: actionItems, agencyName: agencies.name })
      .from(actionItems)
      .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
      .where(eq(actionItems.meetingId, meeting.id))
      .orderBy(asc(actionItems.dueOn)),
  ]);
  return {
    areaName: area.name,
    startsAt: meeting.startsAt.toISOString(),
    venue: meeting.venue,
    chairName: chair?.name ?? null,
    attendance: register,
    confirmations: confirmations.map((c) => ({ ...c, confirmedAt: c.confirmedAt.toISOString() })),
    reviewedActions: reviewed.map(({ a, caseNumber, agencyName }) => ({ caseNumber, description: a.description, agencyName, outcome: a.status, note: a.reviewNote })),
    cases: inAgendaOrder(items.map((row) => ({ ...row, position: row.item.position }))).map(({ item, caseNumber, minutes, victimName, section }) => ({
      agendaItemId: item.id,
      caseId: item.caseId,
      caseNumber,
      victimName,
      section,
      minutes: Object.fromEntries(minuteFields.map((f) => [f, minutes?.[f] ?? null])),
      actions: actions.filter(({ a }) => a.agendaItemId === item.id).map(({ a, agencyName }) => ({ description: a.description, agencyName, ownerName: a.ownerName, dueOn: a.dueOn })),
    })),
  };
}

async function writeRevision(tx: Tx, meeting: Meeting, me: Viewer, reason: string | null) {
  const [{ last }] = await tx.select({ last: max(minutesRevisions.revision) }).from(minutesRevisions).where(eq(minutesRevisions.meetingId, meeting.id));
  const revision = (last ?? 0) + 1;
  await tx.insert(minutesRevisions).values({ meetingId: meeting.id, revision, reason, snapshot: await buildSnapshot(tx, meeting), createdBy: me.userId });
  return revision;
}

/**
 * The coordinator finalises the minutes: they lock, the heard cases are marked as heard on the
 * meeting's date, and every agency on the register is told the minutes are ready (no case detail).
 */
export function finaliseMinutes(viewer: Viewer, meetingId: string): Promise<{ notified: number }> {
  return withViewer(viewer, async (tx, me) => {
    const meeting = await loadMeetingFor(tx, me, meetingId, 'minutes.finalise');
    if (meeting.status !== 'held') throw new InputRejected({ meetingId: 'Only the minutes of a meeting that has been held can be finalised.' });
    // The cases are heard on the meeting's day, which is never a day to come.
    const heardOn = ukDateOf(meeting.startsAt);
    if (heardOn > todayInUk()) throw new InputRejected({ meetingId: 'The minutes can be finalised on the day of the meeting or after it.' });
    await tx.update(meetings).set({ status: 'finalised', updatedAt: now() }).where(eq(meetings.id, meeting.id));
    const heard = await tx.select({ caseId: agendaItems.caseId }).from(agendaItems).where(and(eq(agendaItems.meetingId, meeting.id), isNull(agendaItems.deferredToMeetingId)));
    if (heard.length) {
      await tx
        .update(cases)
        .set({ lastMaracOn: heardOn, awaitingMeeting: false, updatedAt: now() })
        .where(inArray(cases.id, heard.map((h) => h.caseId)));
    }
    await writeRevision(tx, { ...meeting, status: 'finalised' }, me, null);
    const onRegister = await tx.select({ agencyId: attendance.agencyId }).from(attendance).where(eq(attendance.meetingId, meeting.id));
    const notified = await notifyUsers(tx, me, await usersOfAgencies(tx, onRegister.map((a) => a.agencyId)), 'minutes_circulated', { meetingId: meeting.id });
    await recordAudit(tx, me, { action: 'minutes.finalise', resourceType: 'meeting', resourceId: meeting.id, detail: `notified_${notified}` });
    return { notified };
  });
}

/** A correction to finalised minutes: the case's minutes change and a new, visible revision records why. */
export async function correctMinutes(viewer: Viewer, raw: z.input<typeof correctionSchema>): Promise<{ revision: number }> {
  const input = parseInput(correctionSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const [item] = await tx.select().from(agendaItems).where(eq(agendaItems.id, input.agendaItemId));
    if (!item) throw new AccessDenied('minutes.finalise', 'agenda_item', input.agendaItemId, true);
    const meeting = await loadMeetingFor(tx, me, item.meetingId, 'minutes.finalise');
    if (meeting.status !== 'finalised') throw new InputRejected({ form: 'Only finalised minutes are corrected; until then, edit them.' });
    const [existing] = await tx.select().from(caseMinutes).where(eq(caseMinutes.agendaItemId, item.id)).for('update');
    if ((existing?.version ?? 0) !== input.version) throw new MinutesConflict(correctionConflictMessage);
    const values = Object.fromEntries(minuteFields.map((f) => [f, input[f] || null]));
    if (existing) {
      await tx.update(caseMinutes).set({ ...values, version: existing.version + 1, updatedBy: me.userId, updatedAt: now() }).where(eq(caseMinutes.id, existing.id));
    } else {
      const inserted = await tx.insert(caseMinutes).values({ agendaItemId: item.id, ...values, updatedBy: me.userId }).onConflictDoNothing().returning({ id: caseMinutes.id });
      if (inserted.length === 0) throw new MinutesConflict(correctionConflictMessage);
    }
    const revision = await writeRevision(tx, meeting, me, input.reason);
    await recordAudit(tx, me, { action: 'minutes.correct', resourceType: 'meeting', resourceId: meeting.id, caseId: item.caseId, justification: input.reason, detail: `revision_${revision}` });
    return { revision };
  });
}

/** One revision of the minutes: the first is the minutes as finalised; each later one, a correction. */
export interface MinutesRevisionView {
  revision: number;
  /** Why it was corrected (none for the minutes as finalised). */
  reason: string | null;
  createdAt: Date;
  by: string;
  byAgency: string;
  /** What reads differently from the revision before. */
  changes: MinutesChange[];
}

/** The finalised minutes (latest revision) and every revision, newest first, for the area's agencies. */
export function getFinalMinutes(viewer: Viewer, meetingId: string, purpose: 'view' | 'pdf' = 'view') {
  return withViewer(viewer, async (tx, me) => {
    const meeting = await loadMeetingFor(tx, me, meetingId, 'meeting.attend');
    if (purpose === 'pdf') assertCan(me, 'minutes.export', { areaId: meeting.areaId }, { type: 'meeting', id: meeting.id });
    const revisions = await tx
      .select({ revision: minutesRevisions.revision, reason: minutesRevisions.reason, createdAt: minutesRevisions.createdAt, snapshot: minutesRevisions.snapshot, by: users.name, byAgency: agencies.name })
      .from(minutesRevisions)
      .innerJoin(users, eq(users.id, minutesRevisions.createdBy))
      .innerJoin(agencies, eq(agencies.id, users.agencyId))
      .where(eq(minutesRevisions.meetingId, meeting.id))
      .orderBy(desc(minutesRevisions.revision));
    if (revisions.length === 0) throw new InputRejected({ meetingId: 'The minutes of this meeting are not finalised yet.' });
    await tx
      .update(notifications)
      .set({ readAt: now() })
      .where(and(eq(notifications.userId, me.userId), eq(notifications.meetingId, meeting.id), isNull(notifications.readAt)));
    const versions = await tx
      .select({ agendaItemId: caseMinutes.agendaItemId, version: caseMinutes.version })
      .from(caseMinutes)
      .innerJoin(agendaItems, eq(agendaItems.id, caseMinutes.agendaItemId))
      .where(eq(agendaItems.meetingId, meeting.id));
    // Each case's minutes only to a viewer who may see that case now (an agency, while it has a part in it).
    const snapshots = revisions.map((r) => r.snapshot as MinutesSnapshot);
    const visible = await visibleCaseIds(tx, me, [...new Set(snapshots.flatMap((s) => s.cases.map((c) => c.caseId)))]);
    const seen = (s: MinutesSnapshot): MinutesSnapshot => ({ ...s, cases: s.cases.filter((c) => visible.has(c.caseId)) });
    const shown = seen(snapshots[0]).cases.map((c) => c.caseId);
    await recordAudit(tx, me, { action: purpose === 'pdf' ? 'minutes.pdf' : 'minutes.view', resourceType: 'meeting', resourceId: meeting.id, caseIds: shown, detail: `revision_${revisions[0].revision}` });
    return {
      meetingId: meeting.id,
      /** Each case's current minutes version, which a correction must name. */
      versions: Object.fromEntries(versions.map((v) => [v.agendaItemId, v.version])) as Record<string, number>,
      current: seen(snapshots[0]),
      canCorrect: can(me, 'minutes.finalise', { areaId: meeting.areaId }),
      revision: revisions[0].revision,
      revisions: revisions.map(({ snapshot: _s, ...r }, i): MinutesRevisionView => {
        const before = snapshots[i + 1];
        return { ...r, changes: before ? changedMinutes(seen(before).cases, seen(snapshots[i]).cases) : [] };
      }),
    };
  });
}
