import 'server-only';
import { and, asc, desc, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import { now } from '@/db/clock';
import { agencies, attachments, incidents, incidentVersions, referrals, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { assertCan, can } from '@/lib/authz';
import { caseRelationsOf, loadCaseFor, loadCaseWithRelations } from '@/lib/authz/cases';
import { toCsv } from '@/lib/csv';
import { parseInput } from '@/lib/input/parse';
import { typedText } from '@/lib/input/typed-text';
import { fieldSteps, type FieldDescriptor } from '@/lib/referrals/form/fields';
import { protectedFieldsOf } from '@/lib/referrals/protected-fields';
import { incidentChannelLabels, occurredPrecisionLabels, stalkingBehaviourLabels } from '@/lib/stalking/labels';
import { isCurrent, recorder, recorderAgency, versionColumns, withdrawalColumns, withdrawnOf, type EntryVersion, type LogEntry } from './log';

export const exportFormats = ['pdf', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * What the export form sends. The victim's protected contact details go in only when a police user
 * ticks for them and says why (the reason is kept in the audit event); only the PDF, the exhibit, can
 * hold them.
 */
export const exportMessages = {
  format: 'Select PDF or CSV',
  includeProtected: 'Only the PDF can include the victim’s contact details',
  reason: 'Say why the export must include the victim’s contact details',
} as const;

export const exportLogSchema = z
  .object({
    format: z.enum(exportFormats, { message: exportMessages.format }),
    includeProtected: z.enum(['yes']).optional(),
    reason: typedText('The reason').max(500, 'The reason must be 500 characters or fewer').default(''),
  })
  .superRefine((v, ctx) => {
    if (!v.includeProtected) return;
    if (v.format !== 'pdf') ctx.addIssue({ code: 'custom', path: ['includeProtected'], message: exportMessages.includeProtected });
    else if (v.reason === '') ctx.addIssue({ code: 'custom', path: ['reason'], message: exportMessages.reason });
  });

export interface ExportAttachment {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  /** Of the file as uploaded (the original, kept byte for byte). */
  sha256: string;
}

export interface ExportCorrection {
  version: number;
  recordedAt: Date;
  byName: string;
  agencyName: string;
  reason: string;
}

export interface ExportEntry {
  number: number;
  current: EntryVersion;
  corrections: ExportCorrection[];
  withdrawn: LogEntry['withdrawn'];
  attachments: ExportAttachment[];
}

export interface LogExport {
  caseId: string;
  caseNumber: string;
  producedBy: { name: string; agencyName: string; at: Date };
  /** When the first and the last entry happened; null for an empty log. */
  range: { from: Date; to: Date } | null;
  /** In the order things happened, then by number. */
  entries: ExportEntry[];
  /** The victim's protected contact details, only when a police user asked for them with a reason. */
  protectedDetails: { label: string; value: string }[] | null;
}

const protectedDescriptors = (fieldSteps.victim as readonly FieldDescriptor[]).filter((f) => f.protected);

/**
 * A case's whole incident log, ready to exhibit as a PDF or a CSV: every entry as it says now, with
 * its corrections, its withdrawal and its files' names, types, sizes and SHA-256. For those who may
 * see the log (incident.view), "not found" otherwise; each export is one audit event, with its format.
 */
export async function exportIncidentLog(viewer: Viewer, raw: { caseId: string } & Record<string, unknown>): Promise<LogExport> {
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, raw.caseId, 'incident.view');
    // Read after access, so an outsider's request is "not found" whatever it carries.
    const input = parseInput(exportLogSchema, { format: raw.format, includeProtected: raw.includeProtected || undefined, reason: raw.reason ?? '' });
    const onCase = { areaId: found.areaId, caseRelations: await caseRelationsOf(tx, me, found.id) };
    assertCan(me, 'incident.export', onCase, { type: 'case', id: found.id });
    if (input.includeProtected) assertCan(me, 'incident.export_protected', onCase, { type: 'case', id: found.id });
    const [entries, corrections, files, [producer], protectedDetails] = await Promise.all([
      tx
        .select({ number: incidents.number, ...versionColumns, ...withdrawalColumns })
        .from(incidents)
        .innerJoin(incidentVersions, and(eq(incidentVersions.incidentId, incidents.id), isCurrent))
        .innerJoin(recorder, eq(recorder.id, incidentVersions.recordedBy))
        .innerJoin(recorderAgency, eq(recorderAgency.id, incidentVersions.recordedAgencyId))
        .where(eq(incidents.caseId, found.id))
        .orderBy(asc(incidentVersions.occurredAt), asc(incidents.number)),
      tx
        .select({
          number: incidents.number,
          version: incidentVersions.version,
          recordedAt: incidentVersions.recordedAt,
          byName: recorder.name,
          agencyName: recorderAgency.name,
          reason: incidentVersions.correctionReason,
        })
        .from(incidentVersions)
        .innerJoin(incidents, eq(incidents.id, incidentVersions.incidentId))
        .innerJoin(recorder, eq(recorder.id, incidentVersions.recordedBy))
        .innerJoin(recorderAgency, eq(recorderAgency.id, incidentVersions.recordedAgencyId))
        .where(and(eq(incidents.caseId, found.id), gt(incidentVersions.version, 1)))
        .orderBy(asc(incidentVersions.version)),
      tx
        .select({ number: incidents.number, fileName: attachments.fileName, mimeType: attachments.mimeType, sizeBytes: attachments.sizeBytes, sha256: attachments.sha256 })
        .from(attachments)
        .innerJoin(incidents, eq(incidents.id, attachments.incidentId))
        .where(eq(attachments.caseId, found.id))
        .orderBy(asc(attachments.addedAt), asc(attachments.id)),
      tx.select({ name: users.name, agencyName: agencies.name }).from(users).innerJoin(agencies, eq(agencies.id, users.agencyId)).where(eq(users.id, me.userId)),
      input.includeProtected
        ? tx
            .select({ form: referrals.form })
            .from(referrals)
            .where(and(eq(referrals.caseId, found.id), eq(referrals.status, 'accepted')))
            .orderBy(desc(referrals.submittedAt))
            .limit(1)
            .then(([latest]) => {
              const values = protectedFieldsOf(latest?.form ?? {});
              return protectedDescriptors.map((f) => ({ label: f.label.replace(/ \(optional\)$/, ''), value: values[f.name] || 'Not given' }));
            })
        : null,
    ]);
    await recordAudit(tx, me, {
      action: 'incident.export',
      resourceType: 'case',
      resourceId: found.id,
      caseId: found.id,
      detail: input.includeProtected ? `${input.format}_with_contact_details` : input.format,
      justification: input.includeProtected ? input.reason : null,
    });

    const group = <T extends { number: number }>(rows: T[]) => {
      const byNumber = new Map<number, T[]>();
      for (const r of rows) {
        const list = byNumber.get(r.number);
        if (list) list.push(r);
        else byNumber.set(r.number, [r]);
      }
      return byNumber;
    };
    const correctionsOf = group(corrections);
    const filesOf = group(files);
    const exported = entries.map(({ number, withdrawnAt, withdrawnByName, withdrawnAgencyName, withdrawalReason, ...current }) => ({
      number,
      current,
      corrections: (correctionsOf.get(number) ?? []).map(({ number: _n, reason, ...c }) => ({ ...c, reason: reason ?? '' })),
      withdrawn: withdrawnOf({ withdrawnAt, withdrawnByName, withdrawnAgencyName, withdrawalReason }),
      attachments: (filesOf.get(number) ?? []).map(({ number: _n, ...f }) => f),
    }));
    const times = exported.flatMap((e) => [e.current.occurredAt, e.current.occurredUntil ?? e.current.occurredAt]).map((d) => d.getTime());
    return {
      caseId: found.id,
      caseNumber: found.number,
      producedBy: { name: producer.name, agencyName: producer.agencyName, at: now() },
      range: times.length ? { from: new Date(Math.min(...times)), to: new Date(Math.max(...times)) } : null,
      entries: exported,
      protectedDetails,
    };
  });
}

const csvHeader = [
  'Entry',
  'When it happened',
  'Until',
  'How sure',
  'Channel',
  'Platform or app',
  'Account',
  'Web address',
  'What happened',
  'Behaviours',
  'Where the original is kept',
  'Witnesses',
  'Recorded at',
  'Recorded by',
  'Agency',
  'Version',
  'Corrections',
  'Withdrawn',
  'Files (name; type; bytes; SHA-256)',
];

/**
 * The log as CSV: one line per entry, in the order things happened. Times are ISO 8601 in UTC, so a
 * spreadsheet sorts them; every cell is formula-safe (lib/csv.ts).
 */
export function logCsv(log: LogExport): string {
  return toCsv(
    csvHeader,
    log.entries.map((e) => [
      e.number,
      e.current.occurredAt.toISOString(),
      e.current.occurredUntil?.toISOString(),
      occurredPrecisionLabels[e.current.occurredPrecision],
      incidentChannelLabels[e.current.channel],
      e.current.platform,
      e.current.account,
      e.current.url,
      e.current.summary,
      e.current.behaviours.map((b) => stalkingBehaviourLabels[b]).join('; '),
      e.current.originalKeptAt,
      e.current.witnesses,
      e.current.recordedAt.toISOString(),
      e.current.recordedByName,
      e.current.recordedAgencyName,
      e.current.version,
      e.corrections.map((c) => `Version ${c.version}, ${c.recordedAt.toISOString()}, ${c.byName} (${c.agencyName}): ${c.reason}`).join(' | '),
      e.withdrawn ? `${e.withdrawn.at.toISOString()}, ${e.withdrawn.byName} (${e.withdrawn.agencyName}): ${e.withdrawn.reason}` : '',
      e.attachments.map((f) => `${f.fileName}; ${f.mimeType}; ${f.sizeBytes}; ${f.sha256}`).join(' | '),
    ]),
  );
}

/** What the export form offers on a case: "not found" unless the viewer may see its log; the contact details to the police only. */
export function getExportChoices(viewer: Viewer, caseId: string): Promise<{ caseId: string; caseNumber: string; canIncludeProtected: boolean }> {
  return withViewer(viewer, async (tx, me) => {
    const { found, caseRelations } = await loadCaseWithRelations(tx, me, caseId, 'incident.view');
    return { caseId: found.id, caseNumber: found.number, canIncludeProtected: can(me, 'incident.export_protected', { areaId: found.areaId, caseRelations }) };
  });
}
