import 'server-only';
import { aliasedTable, and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { now } from '@/db/clock';
import type { IncidentChannel, OccurredPrecision, ProtectiveOrderType, StalkingBehaviour } from '@/db/enums';
import { agencies, attachments, incidents, incidentVersions, protectiveOrders, users, type Case, type Incident, type IncidentVersion } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { assertCan, can } from '@/lib/authz';
import { loadCaseFor, loadCaseWithRelations } from '@/lib/authz/cases';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import { parseInput } from '@/lib/input/parse';
import { ukTimeToInstant } from '@/lib/meetings/schemas';
import { isOrderOfCase, ordersToBreach } from '@/lib/orders/register';
import { nextIncidentNumber } from './number';
import { correctIncidentSchema, normalTime, recordIncidentSchema, withdrawIncidentSchema } from './schemas';

/**
 * The entry of the outer query, qualified: drizzle leaves the table's name off the columns of a query
 * from one table, which inside a subquery would name the subquery's own columns.
 */
const outerIncident = sql`"incidents"."id"`;

/** Entries on one page of a case's log. */
export const LOG_PAGE_SIZE = 50;

type EntryInput = Omit<z.output<typeof recordIncidentSchema>, 'breachOfOrderId'>;

/** When it happened, as stored: the moment, or the start of the day in UK time, and the end of a range. */
function occurredOf(input: EntryInput): Pick<IncidentVersion, 'occurredPrecision' | 'occurredAt' | 'occurredUntil'> {
  const exact = input.occurredPrecision === 'exact';
  return {
    occurredPrecision: input.occurredPrecision,
    occurredAt: ukTimeToInstant(input.occurredOn, exact ? normalTime(input.occurredTime)! : '00:00'),
    occurredUntil: input.occurredPrecision === 'range' ? ukTimeToInstant(input.occurredUntil, '00:00') : null,
  };
}

/** The columns of a version from the form: empty optional fields are null, a platform only where the channel has one. */
function versionValues(input: EntryInput) {
  const orNull = (v: string) => (v === '' ? null : v);
  return {
    ...occurredOf(input),
    channel: input.channel,
    platform: input.channel === 'social_media' || input.channel === 'messaging_app' ? input.platform : null,
    account: orNull(input.account),
    url: orNull(input.url),
    summary: input.summary,
    behaviours: [...new Set(input.behaviours)],
    originalKeptAt: orNull(input.originalKeptAt),
    witnesses: orNull(input.witnesses),
  };
}

/**
 * Records an incident on a case's log: the next number of the case, and version 1 with who recorded it
 * and for which agency. Any agency with a part in the case may (incident.record).
 */
export async function recordIncident(viewer: Viewer, raw: z.input<typeof recordIncidentSchema>): Promise<{ number: number }> {
  const input = parseInput(recordIncidentSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, input.caseId, 'incident.record');
    const breachOfOrderId = input.breachOfOrderId || null;
    if (breachOfOrderId && !(await isOrderOfCase(tx, found.id, breachOfOrderId))) throw new InputRejected({ breachOfOrderId: 'Select an order of this case' });
    const number = await nextIncidentNumber(tx, found.id);
    const [incident] = await tx.insert(incidents).values({ areaId: found.areaId, caseId: found.id, number }).returning({ id: incidents.id });
    await tx.insert(incidentVersions).values({ incidentId: incident.id, version: 1, ...versionValues(input), breachOfOrderId, recordedBy: me.userId, recordedAgencyId: me.agencyId });
    await recordAudit(tx, me, { action: 'incident.record', resourceType: 'incident', resourceId: incident.id, caseId: found.id, detail: `entry_${number}` });
    return { number };
  });
}

/**
 * An entry's number given on its own (from a URL, a form's hidden field): one that is not a number
 * names no entry, and is answered as an unknown entry is, "not found".
 */
export function entryNumber(raw: unknown, action: string): number {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= 2_147_483_647) return n;
  throw new AccessDenied(action, 'incident', null, true);
}

/** The entry of that number on a case the viewer may see, locked for a change; "not found" otherwise (audited). */
export async function loadEntry(tx: Tx, found: Case, number: number, action: string, lock = false): Promise<Incident & { firstAgencyId: string; version: number }> {
  const query = tx
    .select({
      incident: incidents,
      firstAgencyId: sql<string>`(select v.recorded_agency_id from ${incidentVersions} v where v.incident_id = ${outerIncident} and v.version = 1)`,
      version: sql<number>`(select max(v.version) from ${incidentVersions} v where v.incident_id = ${outerIncident})::int`,
    })
    .from(incidents)
    .where(and(eq(incidents.caseId, found.id), eq(incidents.number, number)))
    .limit(1);
  const [row] = lock ? await query.for('update', { of: incidents }) : await query;
  if (!row) throw new AccessDenied(action, 'incident', null, true);
  return { ...row.incident, firstAgencyId: row.firstAgencyId, version: row.version };
}

/** Loads the entry for a correction or a withdrawal: the case must be the viewer's to see, the entry theirs to change. */
async function loadEntryToChange(tx: Tx, me: Viewer, caseId: string, number: unknown, action: 'incident.correct' | 'incident.withdraw') {
  const found = await loadCaseFor(tx, me, caseId, 'incident.view');
  const entry = await loadEntry(tx, found, entryNumber(number, action), action, true);
  assertCan(me, action, { areaId: entry.areaId, agencyId: entry.firstAgencyId }, { type: 'incident', id: entry.id });
  if (entry.withdrawnAt) throw new InputRejected({ form: 'This entry was withdrawn: it cannot be changed' });
  return { found, entry };
}

/**
 * Corrects an entry: what it says now is a new version with the reason; the earlier versions stay as
 * they were, shown with who made them and why. A correction made from an older version than the
 * latest is refused (someone corrected it meanwhile), and what was typed is kept.
 */
export async function correctIncident(viewer: Viewer, raw: z.input<typeof correctIncidentSchema>): Promise<{ version: number }> {
  const input = parseInput(correctIncidentSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const { entry } = await loadEntryToChange(tx, me, input.caseId, input.number, 'incident.correct');
    if (entry.version !== input.version) throw new StaleVersion();
    const version = entry.version + 1;
    const [{ breachOfOrderId }] = await tx
      .select({ breachOfOrderId: incidentVersions.breachOfOrderId })
      .from(incidentVersions)
      .where(and(eq(incidentVersions.incidentId, entry.id), eq(incidentVersions.version, entry.version)));
    await tx.insert(incidentVersions).values({
      incidentId: entry.id,
      version,
      ...versionValues(input),
      breachOfOrderId,
      recordedBy: me.userId,
      recordedAgencyId: me.agencyId,
      correctionReason: input.reason,
    });
    await recordAudit(tx, me, { action: 'incident.correct', resourceType: 'incident', resourceId: entry.id, caseId: entry.caseId, detail: `version_${version}` });
    return { version };
  });
}

/** Withdraws an entry with a reason: it stays in the log, marked withdrawn, with who and why; nothing is deleted. */
export async function withdrawIncident(viewer: Viewer, raw: z.input<typeof withdrawIncidentSchema>): Promise<null> {
  const input = parseInput(withdrawIncidentSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const { entry } = await loadEntryToChange(tx, me, input.caseId, input.number, 'incident.withdraw');
    await tx
      .update(incidents)
      .set({ withdrawnAt: now(), withdrawnBy: me.userId, withdrawnAgencyId: me.agencyId, withdrawalReason: input.reason })
      .where(eq(incidents.id, entry.id));
    await recordAudit(tx, me, { action: 'incident.withdraw', resourceType: 'incident', resourceId: entry.id, caseId: entry.caseId });
    return null;
  });
}

/** What an entry says in one version, as the log and the entry page show it. */
export interface EntryVersion {
  version: number;
  occurredPrecision: OccurredPrecision;
  occurredAt: Date;
  occurredUntil: Date | null;
  channel: IncidentChannel;
  platform: string | null;
  account: string | null;
  url: string | null;
  summary: string;
  behaviours: StalkingBehaviour[];
  originalKeptAt: string | null;
  witnesses: string | null;
  recordedAt: Date;
  recordedByName: string;
  recordedAgencyName: string;
  correctionReason: string | null;
}

export interface LogEntry {
  number: number;
  current: EntryVersion;
  versions: number;
  attachments: number;
  withdrawn: { at: Date; byName: string; agencyName: string; reason: string } | null;
}

export interface CaseLog {
  caseId: string;
  caseNumber: string;
  entries: LogEntry[];
  total: number;
  page: number;
  pageCount: number;
  canRecord: boolean;
}

export const recorder = aliasedTable(users, 'recorder');
export const recorderAgency = aliasedTable(agencies, 'recorder_agency');
/** Who withdrew the entry of the outer query, and why (all null while it stands). */
export const withdrawalColumns = {
  withdrawnAt: incidents.withdrawnAt,
  withdrawnByName: sql<string | null>`(select u.name from ${users} u where u.id = "incidents"."withdrawn_by")`,
  withdrawnAgencyName: sql<string | null>`(select a.name from ${agencies} a where a.id = "incidents"."withdrawn_agency_id")`,
  withdrawalReason: incidents.withdrawalReason,
};

export const versionColumns = {
  version: incidentVersions.version,
  occurredPrecision: incidentVersions.occurredPrecision,
  occurredAt: incidentVersions.occurredAt,
  occurredUntil: incidentVersions.occurredUntil,
  channel: incidentVersions.channel,
  platform: incidentVersions.platform,
  account: incidentVersions.account,
  url: incidentVersions.url,
  summary: incidentVersions.summary,
  behaviours: incidentVersions.behaviours,
  originalKeptAt: incidentVersions.originalKeptAt,
  witnesses: incidentVersions.witnesses,
  recordedAt: incidentVersions.recordedAt,
  recordedByName: recorder.name,
  recordedAgencyName: recorderAgency.name,
  correctionReason: incidentVersions.correctionReason,
};

/** The latest version of the entry in the outer query. */
export const isCurrent = sql`${incidentVersions.version} = (select max(v.version) from ${incidentVersions} v where v.incident_id = ${outerIncident})`;

export function withdrawnOf(row: { withdrawnAt: Date | null; withdrawnByName: string | null; withdrawnAgencyName: string | null; withdrawalReason: string | null }): LogEntry['withdrawn'] {
  return row.withdrawnAt ? { at: row.withdrawnAt, byName: row.withdrawnByName ?? '', agencyName: row.withdrawnAgencyName ?? '', reason: row.withdrawalReason ?? '' } : null;
}

/**
 * A case's incident log, in the order things happened (then by number), as each entry now says,
 * withdrawn entries included and marked; paged in the database. Reading it is an event about the case.
 */
export function listIncidents(viewer: Viewer, raw: { caseId: string; page?: unknown }): Promise<CaseLog> {
  return withViewer(viewer, async (tx, me) => {
    const { found, caseRelations } = await loadCaseWithRelations(tx, me, raw.caseId, 'incident.view');
    const [{ total }] = await tx.select({ total: count() }).from(incidents).where(eq(incidents.caseId, found.id));
    const pageCount = Math.max(1, Math.ceil(total / LOG_PAGE_SIZE));
    // A page past the last (or not a page number) shows the last (or the first), as the other lists do.
    const wanted = Number(raw.page ?? 1);
    const page = Math.min(Number.isInteger(wanted) && wanted >= 1 ? wanted : 1, pageCount);
    const rows = await tx
      .select({
        number: incidents.number,
        ...versionColumns,
        attachments: sql<number>`(select count(*) from ${attachments} f where f.incident_id = ${outerIncident})::int`,
        ...withdrawalColumns,
      })
      .from(incidents)
      .innerJoin(incidentVersions, and(eq(incidentVersions.incidentId, incidents.id), isCurrent))
      .innerJoin(recorder, eq(recorder.id, incidentVersions.recordedBy))
      .innerJoin(recorderAgency, eq(recorderAgency.id, incidentVersions.recordedAgencyId))
      .where(eq(incidents.caseId, found.id))
      .orderBy(asc(incidentVersions.occurredAt), asc(incidents.number))
      .limit(LOG_PAGE_SIZE)
      .offset((page - 1) * LOG_PAGE_SIZE);
    await recordAudit(tx, me, { action: 'incident.list', resourceType: 'case', resourceId: found.id, caseId: found.id, detail: `rows_${rows.length}` });
    return {
      caseId: found.id,
      caseNumber: found.number,
      total,
      page,
      pageCount,
      canRecord: can(me, 'incident.record', { areaId: found.areaId, caseRelations }),
      entries: rows.map(({ number, attachments: attached, withdrawnAt, withdrawnByName, withdrawnAgencyName, withdrawalReason, ...current }) => ({
        number,
        current,
        versions: current.version,
        attachments: attached,
        withdrawn: withdrawnOf({ withdrawnAt, withdrawnByName, withdrawnAgencyName, withdrawalReason }),
      })),
    };
  });
}

export interface EntryAttachment {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  /** A copy without metadata is what the download serves; null when the file is served as uploaded. */
  stripped: { sizeBytes: number; sha256: string } | null;
  addedAt: Date;
  addedByName: string;
  addedAgencyName: string;
}

export interface EntryDetail {
  caseId: string;
  caseNumber: string;
  number: number;
  /** Newest first: the first is what the entry says now. */
  versions: EntryVersion[];
  attachments: EntryAttachment[];
  withdrawn: LogEntry['withdrawn'];
  /** The order this entry records a breach of, as it stands now. */
  breachOf: { orderId: string; type: ProtectiveOrderType } | null;
  canCorrect: boolean;
  canWithdraw: boolean;
  canAttach: boolean;
  canDownloadOriginal: boolean;
}

/** One entry of a case's log with all its versions and its attachments. Reading it is an event about the entry. */
export function getIncident(viewer: Viewer, raw: { caseId: string; number: unknown }): Promise<EntryDetail> {
  return withViewer(viewer, async (tx, me) => {
    const { found, caseRelations } = await loadCaseWithRelations(tx, me, raw.caseId, 'incident.view');
    const entry = await loadEntry(tx, found, entryNumber(raw.number, 'incident.view'), 'incident.view');
    const adder = aliasedTable(users, 'adder');
    const adderAgency = aliasedTable(agencies, 'adder_agency');
    const [versions, files, [withdrawal], [breachOf]] = await Promise.all([
      tx
        .select(versionColumns)
        .from(incidentVersions)
        .innerJoin(recorder, eq(recorder.id, incidentVersions.recordedBy))
        .innerJoin(recorderAgency, eq(recorderAgency.id, incidentVersions.recordedAgencyId))
        .where(eq(incidentVersions.incidentId, entry.id))
        .orderBy(desc(incidentVersions.version)),
      tx
        .select({ a: attachments, addedByName: adder.name, addedAgencyName: adderAgency.name })
        .from(attachments)
        .innerJoin(adder, eq(adder.id, attachments.addedBy))
        .innerJoin(adderAgency, eq(adderAgency.id, attachments.addedAgencyId))
        .where(eq(attachments.incidentId, entry.id))
        .orderBy(asc(attachments.addedAt), asc(attachments.id)),
      tx.select(withdrawalColumns).from(incidents).where(eq(incidents.id, entry.id)),
      tx
        .select({ orderId: protectiveOrders.id, type: protectiveOrders.type })
        .from(incidentVersions)
        .innerJoin(protectiveOrders, eq(protectiveOrders.id, incidentVersions.breachOfOrderId))
        .where(and(eq(incidentVersions.incidentId, entry.id), eq(incidentVersions.version, entry.version))),
    ]);
    await recordAudit(tx, me, { action: 'incident.view', resourceType: 'incident', resourceId: entry.id, caseId: found.id });
    const open = !entry.withdrawnAt;
    const changeTarget = { areaId: entry.areaId, agencyId: entry.firstAgencyId };
    const caseTarget = { areaId: found.areaId, caseRelations };
    return {
      caseId: found.id,
      caseNumber: found.number,
      number: entry.number,
      versions,
      attachments: files.map(({ a, addedByName, addedAgencyName }) => ({
        id: a.id,
        fileName: a.fileName,
        mimeType: a.mimeType,
        sizeBytes: a.sizeBytes,
        sha256: a.sha256,
        stripped: a.strippedSha256 && a.strippedSizeBytes != null ? { sizeBytes: a.strippedSizeBytes, sha256: a.strippedSha256 } : null,
        addedAt: a.addedAt,
        addedByName,
        addedAgencyName,
      })),
      withdrawn: withdrawnOf(withdrawal),
      breachOf: breachOf ?? null,
      canCorrect: open && can(me, 'incident.correct', changeTarget),
      canWithdraw: open && can(me, 'incident.withdraw', changeTarget),
      canAttach: open && can(me, 'incident.attach', caseTarget),
      canDownloadOriginal: can(me, 'attachment.download_original', { areaId: found.areaId }),
    };
  });
}

/** The case a new entry would go on, and the orders it may breach, for the record form: "not found" unless the viewer may record on it. */
export function caseToRecordOn(viewer: Viewer, caseId: string): Promise<{ caseId: string; caseNumber: string; orders: { id: string; label: string }[] }> {
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, caseId, 'incident.record');
    return { caseId: found.id, caseNumber: found.number, orders: await ordersToBreach(tx, found.id) };
  });
}
