import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { attachments, incidents, type Attachment } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { assertCan, can } from '@/lib/authz';
import { caseRelationsOf, loadCaseFor } from '@/lib/authz/cases';
import { AccessDenied, EvidenceAltered, InputRejected } from '@/lib/errors';
import { inspectUpload, sha256Hex } from '@/lib/evidence/inspect';
import { evidenceStore, getChecked } from '@/lib/evidence/storage';
import { strippedCopy } from '@/lib/evidence/strip';
import { knownId } from '@/lib/input/ids';
import { parseInput } from '@/lib/input/parse';
import { typedText } from '@/lib/input/typed-text';
import { entryNumber, loadEntry } from './log';
import { originalReasonSchema, pasteTextSchema } from './schemas';

/** A device's name for the file, without any folder (old browsers sent "C:\fakepath\photo.jpg"). */
const fileName = typedText('The file’s name')
  .transform((v) => v.slice(Math.max(v.lastIndexOf('/'), v.lastIndexOf('\\')) + 1).trim())
  .pipe(z.string().min(1, 'Select a file').max(255, 'The file’s name must be 255 characters or fewer'));

export const addAttachmentSchema = z.object({
  caseId: z.string(),
  number: z.union([z.string(), z.number()]),
  fileName,
  bytes: z.instanceof(Uint8Array, { message: 'Select a file' }),
});

/**
 * Attaches an evidence file to an entry: its type from the bytes, its size and SHA-256 (inspectUpload),
 * for an image a copy without metadata (strippedCopy), both kept in the evidence store, and the record
 * of who added it and when, in one transaction with its audit event. A refused file (wrong type, too
 * large, not what its name says) is InputRejected on the `file` field, and nothing is kept.
 */
export async function addAttachment(viewer: Viewer, raw: z.input<typeof addAttachmentSchema>): Promise<{ attachmentId: string; number: number }> {
  const input = parseInput(addAttachmentSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, input.caseId, 'incident.attach');
    const entry = await loadEntry(tx, found, entryNumber(input.number, 'incident.attach'), 'incident.attach');
    if (entry.withdrawnAt) throw new InputRejected({ file: 'This entry was withdrawn: files cannot be added to it' });
    // The access check comes first: an outsider's file is never read.
    const file = await inspectUpload(input.bytes, input.fileName);
    const copy = await strippedCopy(input.bytes, file);
    const store = evidenceStore(tx);
    const storageKey = await store.put(input.bytes);
    const stripped = copy ? { strippedStorageKey: await store.put(copy), strippedSizeBytes: copy.byteLength, strippedSha256: sha256Hex(copy) } : {};
    const [saved] = await tx
      .insert(attachments)
      .values({
        areaId: found.areaId,
        caseId: found.id,
        incidentId: entry.id,
        fileName: file.fileName,
        mimeType: file.mimeType,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        storageKey,
        ...stripped,
        addedBy: me.userId,
        addedAgencyId: me.agencyId,
      })
      .returning({ id: attachments.id });
    await recordAudit(tx, me, { action: 'incident.attach', resourceType: 'attachment', resourceId: saved.id, caseId: found.id, detail: file.kind });
    return { attachmentId: saved.id, number: entry.number };
  });
}

/** The file a pasted text is kept as: what it is, as a file name ("Headers of the email of 3 March.txt"). */
export function pastedFileName(title: string): string {
  const name = title.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);
  return `${name || 'Pasted text'}.txt`;
}

/**
 * Keeps text pasted into the entry page (an email's headers copied from the mail program, say) as a
 * text file on the entry, exactly as addAttachment keeps an uploaded one: the same checks, hash and
 * audit event. What was pasted is kept as UTF-8, byte for byte after the form's trimming.
 */
export async function addPastedText(viewer: Viewer, raw: z.input<typeof pasteTextSchema>): Promise<{ attachmentId: string; number: number }> {
  const input = parseInput(pasteTextSchema, raw);
  try {
    return await addAttachment(viewer, { caseId: input.caseId, number: input.number, fileName: pastedFileName(input.title), bytes: new TextEncoder().encode(input.text) });
  } catch (err) {
    // A refusal of the file (the entry withdrawn, too large) belongs beside the text here.
    if (err instanceof InputRejected && err.fieldErrors.file) throw new InputRejected({ text: err.fieldErrors.file });
    throw err;
  }
}

type DownloadAction = 'attachment.download' | 'attachment.download_original';

/**
 * An attachment of a case the viewer may see for the action, or "not found" (audited, naming the
 * attachment): the case's relations decide, as for the case itself.
 */
async function loadAttachmentFor(tx: Tx, me: Viewer, caseId: unknown, attachmentId: unknown, action: DownloadAction): Promise<Attachment & { number: number }> {
  const id = knownId(attachmentId, action, 'attachment');
  const [row] = await tx
    .select({ a: attachments, number: incidents.number })
    .from(attachments)
    .innerJoin(incidents, eq(incidents.id, attachments.incidentId))
    .where(and(eq(attachments.id, id), eq(attachments.caseId, knownId(caseId, action, 'attachment'))))
    .limit(1);
  if (!row) throw new AccessDenied(action, 'attachment', id, true);
  const caseRelations = row.a.areaId === me.areaId ? await caseRelationsOf(tx, me, row.a.caseId) : [];
  // Only those who see the case reach its files; of them, the action's own row decides (the police, for an original).
  const target = { areaId: row.a.areaId, caseRelations };
  if (!can(me, 'attachment.download', target)) throw new AccessDenied(action, 'attachment', row.a.id, true);
  assertCan(me, action, target, { type: 'attachment', id: row.a.id });
  return { ...row.a, number: row.number };
}

export interface DownloadedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** A download, or the file failed its integrity check (recorded as a failed download of it). */
export type Download = { file: DownloadedFile } | { altered: { caseId: string; number: number; attachmentId: string } };

async function serve(tx: Tx, me: Viewer, a: Attachment & { number: number }, action: DownloadAction, copy: { key: string; sha256: string }, justification?: string): Promise<Download> {
  const event = { action, resourceType: 'attachment', resourceId: a.id, caseId: a.caseId, justification: justification ?? null };
  try {
    const bytes = await getChecked(evidenceStore(tx), copy.key, copy.sha256);
    await recordAudit(tx, me, { ...event, detail: copy.key === a.storageKey ? 'original' : 'without_metadata' });
    return { file: { fileName: a.fileName, mimeType: a.mimeType, bytes } };
  } catch (err) {
    if (!(err instanceof EvidenceAltered)) throw err;
    await recordAudit(tx, me, { ...event, outcome: 'error', detail: 'hash_mismatch' });
    return { altered: { caseId: a.caseId, number: a.number, attachmentId: a.id } };
  }
}

/**
 * The file as most viewers get it: an image without its metadata (the copy made at upload), anything
 * else as uploaded; checked against its SHA-256 first. Every download is an audit event.
 */
export function downloadAttachment(viewer: Viewer, raw: { caseId: unknown; attachmentId: unknown }): Promise<Download> {
  return withViewer(viewer, async (tx, me) => {
    const a = await loadAttachmentFor(tx, me, raw.caseId, raw.attachmentId, 'attachment.download');
    const copy = a.strippedStorageKey && a.strippedSha256 ? { key: a.strippedStorageKey, sha256: a.strippedSha256 } : { key: a.storageKey, sha256: a.sha256 };
    return serve(tx, me, a, 'attachment.download', copy);
  });
}

/**
 * The original file, byte for byte with its metadata (which can be evidence), for the police, with a
 * reason; the reason is kept in the audit event, as a reveal's is.
 */
export async function downloadOriginal(viewer: Viewer, raw: { caseId: unknown; attachmentId: unknown } & z.input<typeof originalReasonSchema>): Promise<Download> {
  return withViewer(viewer, async (tx, me) => {
    const a = await loadAttachmentFor(tx, me, raw.caseId, raw.attachmentId, 'attachment.download_original');
    // Checked after access, so an outsider's request is "not found" whatever it carries.
    const { reason } = parseInput(originalReasonSchema, { reason: raw.reason });
    return serve(tx, me, a, 'attachment.download_original', { key: a.storageKey, sha256: a.sha256 }, reason);
  });
}

export interface AttachmentSummary {
  caseId: string;
  caseNumber: string;
  number: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}

/** What the page asking for the reason shows of the file, for those who may download its original. */
export function getAttachmentForOriginal(viewer: Viewer, raw: { caseId: unknown; attachmentId: unknown }): Promise<AttachmentSummary> {
  return withViewer(viewer, async (tx, me) => {
    const a = await loadAttachmentFor(tx, me, raw.caseId, raw.attachmentId, 'attachment.download_original');
    const found = await loadCaseFor(tx, me, a.caseId, 'incident.view');
    return { caseId: a.caseId, caseNumber: found.number, number: a.number, fileName: a.fileName, mimeType: a.mimeType, sizeBytes: a.sizeBytes, sha256: a.sha256 };
  });
}
