import 'server-only';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { now, todayInUk } from '@/db/clock';
import type { PreservationStatus } from '@/db/enums';
import { agencies, cases, preservationRequests, users, type Case, type PreservationRequest } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { assertCan, can, type Subject } from '@/lib/authz';
import { casesVisibleTo, loadCaseFor } from '@/lib/authz/cases';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import { knownId } from '@/lib/input/ids';
import { parseInput } from '@/lib/input/parse';
import { extendPreservationSchema, recordPreservationSchema, updatePreservationSchema } from './schemas';
import { extendableStatuses, nextStatuses } from './status';
import { deadlineFromSent, extendedDeadline, isDeadlineNear } from './status';
import { isDeadlineNearSql } from './status-sql';

type Fields = z.output<typeof recordPreservationSchema> | z.output<typeof updatePreservationSchema>;

/**
 * The deadline a request's fields give: the platform's own when one is typed, else 90 days after
 * sending (and 90 more once extended); none until it is sent.
 */
function deadlineOf(input: Fields, extendedOn: string | null): string | null {
  if (input.status === 'drafted' || input.sentOn === '') return null;
  if (input.deadlineOn !== '') return input.deadlineOn;
  const base = deadlineFromSent(input.sentOn);
  return extendedOn ? extendedDeadline(base) : base;
}

function values(input: Fields) {
  return {
    platform: input.platform,
    accountIdentifiers: input.accountIdentifiers,
    whatToPreserve: input.whatToPreserve,
    status: input.status,
    sentOn: input.status === 'drafted' || input.sentOn === '' ? null : input.sentOn,
    platformReference: input.platformReference === '' ? null : input.platformReference,
  };
}

/** The case, for a change to its requests: seen by the viewer ("not found" otherwise), and theirs to change. */
async function caseToChange(tx: Tx, me: Subject, caseId: string, action: 'preservation.record' | 'preservation.update'): Promise<Case> {
  const found = await loadCaseFor(tx, me, caseId, 'preservation.view');
  assertCan(me, action, { areaId: found.areaId }, { type: 'case', id: found.id });
  return found;
}

/** One request of a case, locked for a change when asked; "not found" (audited) when the case has none of that id. */
async function loadRequest(tx: Tx, found: Case, rawId: unknown, action: string, lock = false): Promise<PreservationRequest> {
  const query = tx
    .select()
    .from(preservationRequests)
    .where(and(eq(preservationRequests.caseId, found.id), eq(preservationRequests.id, knownId(rawId, action, 'preservation_request'))));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AccessDenied(action, 'preservation_request', null, true);
  return row;
}

/**
 * Records a request to a platform to preserve an account's data: drafted, or already sent (with the
 * day it was sent, from which its deadline runs). Who asked, and for which agency, is the viewer.
 */
export async function recordPreservationRequest(viewer: Viewer, raw: z.input<typeof recordPreservationSchema>): Promise<{ id: string }> {
  const input = parseInput(recordPreservationSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const found = await caseToChange(tx, me, input.caseId, 'preservation.record');
    const [row] = await tx
      .insert(preservationRequests)
      .values({ areaId: found.areaId, caseId: found.id, ...values(input), deadlineOn: deadlineOf(input, null), requestedBy: me.userId, requestedAgencyId: me.agencyId })
      .returning({ id: preservationRequests.id });
    await recordAudit(tx, me, { action: 'preservation.record', resourceType: 'preservation_request', resourceId: row.id, caseId: found.id, detail: `status_${input.status}` });
    return { id: row.id };
  });
}

/**
 * Updates a request: its fields, and its status forward along `nextStatuses`. A deadline that moves is
 * flagged afresh when it comes near. A change made from an older version than the latest is refused.
 */
export async function updatePreservationRequest(viewer: Viewer, raw: z.input<typeof updatePreservationSchema>): Promise<{ version: number }> {
  const input = parseInput(updatePreservationSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const found = await caseToChange(tx, me, input.caseId, 'preservation.update');
    const request = await loadRequest(tx, found, input.requestId, 'preservation.update', true);
    if (request.version !== input.version) throw new StaleVersion();
    if (input.status !== request.status && !nextStatuses[request.status].includes(input.status)) {
      throw new InputRejected({ status: 'Select a status this request can move to' });
    }
    const deadlineOn = deadlineOf(input, request.extendedOn);
    const version = request.version + 1;
    await tx
      .update(preservationRequests)
      .set({ ...values(input), deadlineOn, ...(deadlineOn !== request.deadlineOn ? { flaggedAt: null } : {}), version, updatedAt: now() })
      .where(eq(preservationRequests.id, request.id));
    const detail = input.status === request.status ? 'fields' : `status_${input.status}`;
    await recordAudit(tx, me, { action: 'preservation.update', resourceType: 'preservation_request', resourceId: request.id, caseId: found.id, detail });
    return { version };
  });
}

/** Whether a request may have its one extension of 90 days. */
function mayExtend(r: Pick<PreservationRequest, 'status' | 'deadlineOn' | 'extendedOn'>): boolean {
  return r.deadlineOn !== null && r.extendedOn === null && extendableStatuses.includes(r.status);
}

/** Records the one extension: the deadline moves 90 days on, and is flagged afresh when that comes near. */
export async function extendPreservationRequest(viewer: Viewer, raw: z.input<typeof extendPreservationSchema>): Promise<{ version: number; deadlineOn: string }> {
  const input = parseInput(extendPreservationSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const found = await caseToChange(tx, me, input.caseId, 'preservation.update');
    const request = await loadRequest(tx, found, input.requestId, 'preservation.update', true);
    if (request.version !== input.version) throw new StaleVersion();
    if (!mayExtend(request)) throw new InputRejected({ form: 'This request cannot be extended: it has been extended once already, or is not with the platform' });
    const deadlineOn = extendedDeadline(request.deadlineOn!);
    const version = request.version + 1;
    await tx
      .update(preservationRequests)
      .set({ extendedOn: todayInUk(), deadlineOn, flaggedAt: null, version, updatedAt: now() })
      .where(eq(preservationRequests.id, request.id));
    await recordAudit(tx, me, { action: 'preservation.extend', resourceType: 'preservation_request', resourceId: request.id, caseId: found.id });
    return { version, deadlineOn };
  });
}

export interface RequestRow {
  id: string;
  platform: string;
  status: PreservationStatus;
  sentOn: string | null;
  deadlineOn: string | null;
  extended: boolean;
  deadlineNear: boolean;
}

export interface CaseRequests {
  caseId: string;
  caseNumber: string;
  requests: RequestRow[];
  canRecord: boolean;
}

/** Requests on one case's page: a bound no case comes near, so the page needs no paging. */
const REQUESTS_SHOWN = 200;

/** A case's preservation requests, the newest first. Reading them is an event about the case. */
export function listPreservationRequests(viewer: Viewer, raw: { caseId: string }): Promise<CaseRequests> {
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, raw.caseId, 'preservation.view');
    const rows = await tx
      .select()
      .from(preservationRequests)
      .where(eq(preservationRequests.caseId, found.id))
      .orderBy(desc(preservationRequests.createdAt), desc(preservationRequests.id))
      .limit(REQUESTS_SHOWN);
    await recordAudit(tx, me, { action: 'preservation.list', resourceType: 'case', resourceId: found.id, caseId: found.id, detail: `rows_${rows.length}` });
    const today = todayInUk();
    return {
      caseId: found.id,
      caseNumber: found.number,
      canRecord: can(me, 'preservation.record', { areaId: found.areaId }),
      requests: rows.map((r) => ({
        id: r.id,
        platform: r.platform,
        status: r.status,
        sentOn: r.sentOn,
        deadlineOn: r.deadlineOn,
        extended: r.extendedOn !== null,
        deadlineNear: isDeadlineNear(r, today),
      })),
    };
  });
}

export interface RequestDetail {
  caseId: string;
  caseNumber: string;
  request: PreservationRequest & { requestedByName: string; requestedAgencyName: string; deadlineNear: boolean };
  canUpdate: boolean;
  canExtend: boolean;
}

/** One request with who made it. Reading it is an event about the request. */
export function getPreservationRequest(viewer: Viewer, raw: { caseId: string; requestId: unknown }): Promise<RequestDetail> {
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, raw.caseId, 'preservation.view');
    const request = await loadRequest(tx, found, raw.requestId, 'preservation.view');
    const [who] = await tx
      .select({ name: users.name, agencyName: agencies.name })
      .from(users)
      .innerJoin(agencies, eq(agencies.id, request.requestedAgencyId))
      .where(eq(users.id, request.requestedBy));
    await recordAudit(tx, me, { action: 'preservation.view', resourceType: 'preservation_request', resourceId: request.id, caseId: found.id });
    const canUpdate = can(me, 'preservation.update', { areaId: found.areaId });
    return {
      caseId: found.id,
      caseNumber: found.number,
      request: { ...request, requestedByName: who.name, requestedAgencyName: who.agencyName, deadlineNear: isDeadlineNear(request, todayInUk()) },
      canUpdate,
      canExtend: canUpdate && mayExtend(request),
    };
  });
}

/** The case a new request would go on, for the form: "not found" unless the viewer may record on it. */
export function caseToRequestOn(viewer: Viewer, caseId: string): Promise<{ caseId: string; caseNumber: string }> {
  return withViewer(viewer, async (tx, me) => {
    const found = await caseToChange(tx, me, caseId, 'preservation.record');
    return { caseId: found.id, caseNumber: found.number };
  });
}

/** Requests near their deadline shown on a police user's home page, at most. */
export const NEAR_DEADLINES_SHOWN = 10;

export interface NearDeadlines {
  total: number;
  requests: { id: string; caseId: string; caseNumber: string; platform: string; status: PreservationStatus; deadlineOn: string }[];
}

/**
 * For a police user's home page: the requests still awaiting the platform on the cases they may see
 * whose deadline is 15 days away or fewer (or past), soonest first; null for anyone else. Showing
 * them names the cases shown.
 */
export async function nearDeadlinesOf(tx: Tx, me: Viewer): Promise<NearDeadlines | null> {
  if (!can(me, 'preservation.update', { areaId: me.areaId })) return null;
  const where = and(casesVisibleTo(me, 'preservation.view'), isDeadlineNearSql(todayInUk()));
  const [[{ total }], rows] = await Promise.all([
    tx.select({ total: count() }).from(preservationRequests).innerJoin(cases, eq(cases.id, preservationRequests.caseId)).where(where),
    tx
      .select({
        id: preservationRequests.id,
        caseId: cases.id,
        caseNumber: cases.number,
        platform: preservationRequests.platform,
        status: preservationRequests.status,
        deadlineOn: preservationRequests.deadlineOn,
      })
      .from(preservationRequests)
      .innerJoin(cases, eq(cases.id, preservationRequests.caseId))
      .where(where)
      .orderBy(asc(preservationRequests.deadlineOn), asc(preservationRequests.id))
      .limit(NEAR_DEADLINES_SHOWN),
  ]);
  if (rows.length) await recordAudit(tx, me, { action: 'preservation.list_near', resourceType: 'preservation_request', caseIds: [...new Set(rows.map((r) => r.caseId))] });
  return { total, requests: rows.map((r) => ({ ...r, deadlineOn: r.deadlineOn! })) };
}
