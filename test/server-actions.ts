// Calling the exported server actions ('use server' files) directly, as a forged POST would, for tests:
// the viewer they get from the session cookie is the one a test signs in with `actAs`.
//
// Each test file that calls them mocks the session lookup and Next's cache (which needs a request):
//   vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
//   vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));
import { randomUUID } from 'node:crypto';
import { asc, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { expect } from 'vitest';
import { getDb } from '@/db/client';
import {
  actionItems,
  actionItemUpdates,
  actionReminders,
  agencies,
  agendaItems,
  areas,
  attendance,
  caseMinutes,
  cases,
  confidentialityConfirmations,
  emailPreferences,
  meetings,
  minutesRevisions,
  notifications,
  referralMatches,
  referrals,
  referralStatusChanges,
  research,
  sessions,
  users,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer-type';
import { auditEventsOf, newRequest } from './factories';

let acting: Viewer | null = null;

/**
 * Signs the next server-action calls in as this viewer, under a request id of their own (so the audit
 * events of one call can be told from the others'). Returns the viewer as the actions will see it.
 */
export function actAs(viewer: Viewer): Viewer {
  acting = newRequest(viewer);
  return acting;
}

/** Stands in for lib/auth/current-viewer.ts: the session cookie's viewer is the one `actAs` chose. */
export const fakeCurrentViewer = {
  requireViewer: async (): Promise<Viewer> => {
    if (!acting) throw new Error('No one is signed in: call actAs(viewer) first');
    return acting;
  },
  currentViewer: async () => ({ viewer: acting }),
  currentRequestId: async () => acting?.requestId ?? randomUUID(),
};

/** Next's cache revalidation needs a request; outside one there is nothing to revalidate. */
export const fakeNextCache = {
  revalidatePath: () => {},
  revalidateTag: () => {},
};

/** What a server action answers when the record it was given is not one the viewer may reach. */
export const notFoundResult = { ok: false, fieldErrors: {}, formError: 'That record was not found.' };

type Rows = Record<string, unknown[]>;

/**
 * Every row of every table that holds these areas' records (their agencies, users, sessions, referrals,
 * cases, meetings and everything hung off them), ordered, so that two snapshots compare equal exactly
 * when nothing of these areas changed. The one column left out is a session's last-seen time, which
 * every signed-in request refreshes.
 */
export async function snapshotOf(areaIds: readonly string[]): Promise<Rows> {
  const db = await getDb();
  const ids = [...areaIds];
  const areaAgencies = db.select({ id: agencies.id }).from(agencies).where(inArray(agencies.areaId, ids));
  const areaUsers = db.select({ id: users.id }).from(users).where(inArray(users.agencyId, areaAgencies));
  const areaReferrals = db.select({ id: referrals.id }).from(referrals).where(inArray(referrals.areaId, ids));
  const areaMeetings = db.select({ id: meetings.id }).from(meetings).where(inArray(meetings.areaId, ids));
  const areaItems = db.select({ id: agendaItems.id }).from(agendaItems).where(inArray(agendaItems.meetingId, areaMeetings));
  const areaActions = db.select({ id: actionItems.id }).from(actionItems).where(inArray(actionItems.areaId, ids));
  const all = async (table: PgTable, where: SQL, orderBy: PgColumn[]) => db.select().from(table).where(where).orderBy(...orderBy.map((c) => asc(c)));
  const [sessionRows, ...rest] = await Promise.all([
    all(sessions, inArray(sessions.userId, areaUsers), [sessions.id]),
    all(areas, inArray(areas.id, ids), [areas.id]),
    all(agencies, inArray(agencies.areaId, ids), [agencies.id]),
    all(users, inArray(users.agencyId, areaAgencies), [users.id]),
    all(emailPreferences, inArray(emailPreferences.userId, areaUsers), [emailPreferences.userId]),
    all(notifications, inArray(notifications.userId, areaUsers), [notifications.id]),
    all(referrals, inArray(referrals.areaId, ids), [referrals.id]),
    all(referralStatusChanges, inArray(referralStatusChanges.referralId, areaReferrals), [referralStatusChanges.id]),
    all(referralMatches, inArray(referralMatches.referralId, areaReferrals), [referralMatches.id]),
    all(cases, inArray(cases.areaId, ids), [cases.id]),
    all(meetings, inArray(meetings.areaId, ids), [meetings.id]),
    all(agendaItems, inArray(agendaItems.meetingId, areaMeetings), [agendaItems.id]),
    all(research, inArray(research.agendaItemId, areaItems), [research.id]),
    all(attendance, inArray(attendance.meetingId, areaMeetings), [attendance.meetingId, attendance.agencyId]),
    all(confidentialityConfirmations, inArray(confidentialityConfirmations.meetingId, areaMeetings), [confidentialityConfirmations.meetingId, confidentialityConfirmations.userId]),
    all(caseMinutes, inArray(caseMinutes.agendaItemId, areaItems), [caseMinutes.id]),
    all(minutesRevisions, inArray(minutesRevisions.meetingId, areaMeetings), [minutesRevisions.meetingId, minutesRevisions.revision]),
    all(actionItems, inArray(actionItems.areaId, ids), [actionItems.id]),
    all(actionItemUpdates, inArray(actionItemUpdates.actionItemId, areaActions), [actionItemUpdates.id]),
    all(actionReminders, inArray(actionReminders.actionItemId, areaActions), [actionReminders.actionItemId, actionReminders.kind, actionReminders.dueOn, actionReminders.sentAt]),
  ]);
  const names = ['areas', 'agencies', 'users', 'emailPreferences', 'notifications', 'referrals', 'referralStatusChanges', 'referralMatches', 'cases', 'meetings', 'agendaItems', 'research', 'attendance', 'confidentialityConfirmations', 'caseMinutes', 'minutesRevisions', 'actionItems', 'actionItemUpdates', 'actionReminders'];
  return {
    sessions: sessionRows.map(({ lastSeenAt: _seen, ...s }) => s),
    ...Object.fromEntries(names.map((name, i) => [name, rest[i]])),
  };
}

export interface ForgedCall {
  /** What the attempt is, for the failure message: "housing edits the police's draft". */
  what: string;
  as: Viewer;
  /** Calls the server action (or route handler) with the forged ids. */
  call: () => Promise<unknown>;
  /** The denied event expected: the policy action the verb asked about, and the record it was asked about. */
  denied: { action: string; resourceType: string; resourceId: string };
}

/**
 * Makes a forged call and checks the three things a refusal must be: the answer is "not found" (the
 * action's form error, or a 404 from a route handler); nothing of these areas changed; and the one
 * audit event of the request is a denial naming the action and the record, as "not found".
 */
export async function expectForgedRefused(areaIds: readonly string[], attempt: ForgedCall): Promise<void> {
  const before = await snapshotOf(areaIds);
  const viewer = actAs(attempt.as);
  const answer = await attempt.call();
  if (answer instanceof Response) expect(answer.status, attempt.what).toBe(404);
  else expect(answer, attempt.what).toEqual(notFoundResult);
  expect(await snapshotOf(areaIds), `${attempt.what}: nothing changed`).toEqual(before);
  const events = (await auditEventsOf(viewer.requestId)).map((e) => ({
    userId: e.userId,
    action: e.action,
    resourceType: e.resourceType,
    resourceId: e.resourceId,
    outcome: e.outcome,
    detail: e.detail,
  }));
  expect(events, `${attempt.what}: one denied event`).toEqual([
    { userId: viewer.userId, ...attempt.denied, outcome: 'denied', detail: 'not_found' },
  ]);
}
