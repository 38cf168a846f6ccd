import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { getDb } from '@/db/client';
import { attachmentBlobs, attachments, incidentVersions, incidents } from '@/db/schema';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import { sha256Hex } from '@/lib/evidence/inspect';
import { makeAreaWithStaff, newRequest } from '@/test/factories';
import { makeAcceptedCase } from '@/test/cases';
import { expectAudit } from '@/test/audit';
import { addAttachment, addPastedText, downloadAttachment, downloadOriginal, getAttachmentForOriginal } from './attachments';
import { correctIncident, getIncident, listIncidents, recordIncident, withdrawIncident } from './log';
import type { RecordIncidentInput } from './schemas';

type Staff = Awaited<ReturnType<typeof makeAreaWithStaff>>;

const entry = (caseId: string, o: Partial<Record<string, unknown>> = {}) => ({
  caseId,
  occurredPrecision: 'exact',
  occurredOn: { day: '2', month: '11', year: '2026' },
  occurredTime: '23:47',
  channel: 'social_media',
  platform: 'Chatterbox',
  account: '@new_account_77',
  url: 'https://chatterbox.example/p/123',
  summary: 'A post about her from a new account',
  behaviours: ['publishing', 'contacting'],
  originalKeptAt: 'On her phone',
  witnesses: '',
  ...o,
}) as unknown as RecordIncidentInput;

async function caseWithLog(staff: Staff) {
  const c = await makeAcceptedCase(staff, { victim: 'Incident Victim' });
  return c;
}

const red = { create: { width: 40, height: 20, channels: 3 as const, background: '#c00' } };

/** A photo as a phone takes one: EXIF with the position it was taken at. */
const photoWithGps = () =>
  sharp(red)
    .jpeg()
    .withExif({ IFD0: { Make: 'TestPhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 2628/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 3972/100' } })
    .toBuffer();

/** Whether EXIF holds a GPS block: the GPS IFD pointer tag (0x8825), in either byte order. */
const hasGps = (exif: Buffer | undefined) => !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));

async function refusedWith(work: Promise<unknown>): Promise<Record<string, string>> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputRejected);
  return (err as InputRejected).fieldErrors;
}

async function notFound(work: Promise<unknown>) {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AccessDenied);
  expect((err as AccessDenied).asNotFound).toBe(true);
}

describe('the incident and evidence log', () => {
  it('numbers entries as they are logged and lists them in the order they happened, with who recorded them; reading is audited', async () => {
    const staff = await makeAreaWithStaff();
    const c = await caseWithLog(staff);
    const officer = staff.as.officer;
    expect(await recordIncident(officer, entry(c.id))).toEqual({ number: 1 });
    // Logged second, but it happened first: a day without a time.
    expect(await recordIncident(officer, entry(c.id, { occurredPrecision: 'day', occurredOn: { day: '28', month: '10', year: '2026' }, occurredTime: '', channel: 'in_person', platform: 'ignored', summary: 'Waiting outside her work' }))).toEqual({ number: 2 });
    expect(await recordIncident(officer, entry(c.id, { occurredPrecision: 'range', occurredOn: { day: '3', month: '11', year: '2026' }, occurredUntil: { day: '5', month: '11', year: '2026' }, occurredTime: '', channel: 'text_message', summary: 'Forty texts over three days' }))).toEqual({ number: 3 });

    const reader = newRequest(staff.as.coordinator);
    const log = await listIncidents(reader, { caseId: c.id });
    expect(log.entries.map((e) => [e.number, e.current.summary])).toEqual([
      [2, 'Waiting outside her work'],
      [1, 'A post about her from a new account'],
      [3, 'Forty texts over three days'],
    ]);
    const [first, second, third] = log.entries;
    expect(first.current).toMatchObject({ occurredPrecision: 'day', channel: 'in_person', platform: null, occurredAt: new Date('2026-10-28T00:00:00Z') });
    expect(second.current).toMatchObject({ occurredAt: new Date('2026-11-02T23:47:00Z'), url: 'https://chatterbox.example/p/123', behaviours: ['publishing', 'contacting'], recordedByName: staff.users.officer.name });
    expect(third.current).toMatchObject({ occurredAt: new Date('2026-11-03T00:00:00Z'), occurredUntil: new Date('2026-11-05T00:00:00Z') });
    expect(log).toMatchObject({ total: 3, page: 1, pageCount: 1, canRecord: true });
    await expectAudit(reader, { action: 'incident.list', outcome: 'allowed', resourceType: 'case', resourceId: c.id, caseId: c.id, detail: 'rows_3' });
  });

  it('refuses an entry that does not say when, how or what happened, or names a web address that is not http or https', async () => {
    const staff = await makeAreaWithStaff();
    const c = await caseWithLog(staff);
    expect(await refusedWith(recordIncident(staff.as.officer, entry(c.id, { occurredTime: '', summary: '  ', url: 'javascript:alert(1)' })))).toMatchObject({
      summary: 'Say what happened, in short',
      url: 'Enter a web address that starts with http:// or https://, like https://example.com/post/123',
    });
    expect(await refusedWith(recordIncident(staff.as.officer, entry(c.id, { occurredTime: '', platform: '' })))).toEqual({
      occurredTime: 'Enter the time it happened, like 21:30',
      platform: 'Enter the platform or app, like Instagram or WhatsApp',
    });
    expect(await refusedWith(recordIncident(staff.as.officer, entry(c.id, { occurredPrecision: 'range', occurredUntil: { day: '1', month: '11', year: '2026' } })))).toEqual({
      'occurredUntil.day': 'The last date must be the same as or after the first',
    });
    const db = await getDb();
    expect(await db.select().from(incidents).where(eq(incidents.caseId, c.id))).toEqual([]);
  });

  it('keeps the original version when an entry is corrected, with who corrected it and why; an out-of-date correction is refused', async () => {
    const staff = await makeAreaWithStaff();
    const c = await caseWithLog(staff);
    await recordIncident(staff.as.officer, entry(c.id));
    const corrector = newRequest(staff.as.officer);
    expect(await correctIncident(corrector, { ...entry(c.id, { occurredTime: '22:47' }), number: '1', version: 1, reason: 'The screenshot shows 22:47, not 23:47' })).toEqual({ version: 2 });
    await expectAudit(corrector, { action: 'incident.correct', outcome: 'allowed', resourceType: 'incident', caseId: c.id, detail: 'version_2' });
    await expect(correctIncident(staff.as.officer, { ...entry(c.id), number: 1, version: 1, reason: 'Another correction from the old version' })).rejects.toBeInstanceOf(StaleVersion);

    const reader = newRequest(staff.as.chair);
    const shown = await getIncident(reader, { caseId: c.id, number: '1' });
    // Reading an entry is an event about the entry, on its case.
    const [incidentRow] = await (await getDb()).select({ id: incidents.id }).from(incidents).where(eq(incidents.caseId, c.id));
    await expectAudit(reader, { action: 'incident.view', outcome: 'allowed', resourceType: 'incident', resourceId: incidentRow.id, caseId: c.id });
    expect(shown.versions.map((v) => [v.version, v.occurredAt.toISOString(), v.correctionReason])).toEqual([
      [2, '2026-11-02T22:47:00.000Z', 'The screenshot shows 22:47, not 23:47'],
      [1, '2026-11-02T23:47:00.000Z', null],
    ]);
    const db = await getDb();
    const [incident] = await db.select().from(incidents).where(eq(incidents.caseId, c.id));
    expect(await db.select({ v: incidentVersions.version }).from(incidentVersions).where(eq(incidentVersions.incidentId, incident.id))).toHaveLength(2);
  });

  it('withdraws an entry with a reason, keeps it in the log, and lets only the agency that recorded it (or a coordinator) correct or withdraw it', async () => {
    const staff = await makeAreaWithStaff();
    const c = await caseWithLog(staff);
    await recordIncident(staff.as.officer, entry(c.id));
    // The chair's agency is the police too; the coordinator follows up every entry. Housing has no part in the case.
    const housing = newRequest(staff.as.housingOfficer);
    await notFound(withdrawIncident(housing, { caseId: c.id, number: 1, reason: 'Not ours' }));
    await expectAudit(housing, { action: 'incident.view', outcome: 'denied', resourceType: 'case', resourceId: c.id, detail: 'not_found' });

    const withdrawer = newRequest(staff.as.coordinator);
    await withdrawIncident(withdrawer, { caseId: c.id, number: '1', reason: 'Logged on the wrong case' });
    await expectAudit(withdrawer, { action: 'incident.withdraw', outcome: 'allowed', resourceType: 'incident', caseId: c.id });
    const log = await listIncidents(staff.as.officer, { caseId: c.id });
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0].withdrawn).toMatchObject({ reason: 'Logged on the wrong case', byName: staff.users.coordinator.name });
    const shown = await getIncident(staff.as.officer, { caseId: c.id, number: 1 });
    expect(shown).toMatchObject({ canCorrect: false, canWithdraw: false, canAttach: false });
    expect(await refusedWith(correctIncident(staff.as.officer, { ...entry(c.id), number: 1, version: 1, reason: 'Too late' }))).toEqual({ form: 'This entry was withdrawn: it cannot be changed' });
  });
});

describe('evidence attached to an entry', () => {
  async function withEntry() {
    const staff = await makeAreaWithStaff();
    const c = await caseWithLog(staff);
    await recordIncident(staff.as.officer, entry(c.id));
    return { staff, c };
  }

  it('takes the SHA-256 at upload and checks it on every download; a file altered in storage is refused, and that is recorded', async () => {
    const { staff, c } = await withEntry();
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
    const uploader = newRequest(staff.as.officer);
    const { attachmentId } = await addAttachment(uploader, { caseId: c.id, number: '1', fileName: 'statement.pdf', bytes: pdf });
    await expectAudit(uploader, { action: 'incident.attach', outcome: 'allowed', resourceType: 'attachment', resourceId: attachmentId, caseId: c.id, detail: 'pdf' });
    const db = await getDb();
    const [row] = await db.select().from(attachments).where(eq(attachments.id, attachmentId));
    expect(row).toMatchObject({ sha256: sha256Hex(pdf), sizeBytes: pdf.byteLength, mimeType: 'application/pdf', strippedStorageKey: null, addedBy: staff.users.officer.id });

    const reader = newRequest(staff.as.coordinator);
    const got = await downloadAttachment(reader, { caseId: c.id, attachmentId });
    expect('file' in got && Buffer.from(got.file.bytes).equals(pdf)).toBe(true);
    await expectAudit(reader, { action: 'attachment.download', outcome: 'allowed', resourceId: attachmentId, caseId: c.id, detail: 'original' });

    // Someone with the database's own rights goes round the append-only trigger and changes the bytes.
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.update(attachmentBlobs).set({ bytes: Buffer.from('%PDF-1.7 altered') }).where(eq(attachmentBlobs.key, row.storageKey));
    });
    const again = newRequest(staff.as.coordinator);
    expect(await downloadAttachment(again, { caseId: c.id, attachmentId })).toEqual({ altered: { caseId: c.id, number: 1, attachmentId } });
    await expectAudit(again, { action: 'attachment.download', outcome: 'error', resourceId: attachmentId, caseId: c.id, detail: 'hash_mismatch' });
  });

  it('keeps pasted email headers as a text file, byte for byte with its SHA-256; nothing pasted is refused beside the field', async () => {
    const { staff, c } = await withEntry();
    const headers = 'Received: from mail.example (mail.example [192.0.2.7])\nFrom: "R T" <ryan.t.94@mailbox.example>\nDate: Tue, 3 Nov 2026 23:02:11 +0000\nMessage-ID: <a1b2@mailbox.example>';
    const paster = newRequest(staff.as.officer);
    const { attachmentId } = await addPastedText(paster, { caseId: c.id, number: 1, title: 'Headers of the email of 3/11', text: `  ${headers}\n` });
    await expectAudit(paster, { action: 'incident.attach', outcome: 'allowed', resourceType: 'attachment', resourceId: attachmentId, caseId: c.id });
    const db = await getDb();
    const [row] = await db.select().from(attachments).where(eq(attachments.id, attachmentId));
    // The folder-like slash is no part of a file name; what was pasted is kept, trimmed.
    expect(row).toMatchObject({ fileName: 'Headers of the email of 3 11.txt', mimeType: 'text/plain; charset=utf-8', sha256: sha256Hex(Buffer.from(headers)), sizeBytes: Buffer.byteLength(headers) });
    const got = await downloadAttachment(staff.as.coordinator, { caseId: c.id, attachmentId });
    expect('file' in got && Buffer.from(got.file.bytes).toString('utf8')).toBe(headers);

    expect(await refusedWith(addPastedText(staff.as.officer, { caseId: c.id, number: 1, title: '', text: '   ' }))).toEqual({
      title: 'Say what the text is, for example “Headers of the email of 3 March”',
      text: 'Paste the text',
    });
    await withdrawIncident(staff.as.officer, { caseId: c.id, number: 1, reason: 'Logged twice' });
    expect(await refusedWith(addPastedText(staff.as.officer, { caseId: c.id, number: 1, title: 'Headers', text: headers }))).toEqual({
      text: 'This entry was withdrawn: files cannot be added to it',
    });
    expect(await db.select().from(attachments).where(eq(attachments.caseId, c.id))).toHaveLength(1);
  });

  it('refuses an HTML file named .png with a clear message, and keeps nothing', async () => {
    const { staff, c } = await withEntry();
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
    expect(await refusedWith(addAttachment(staff.as.officer, { caseId: c.id, number: 1, fileName: 'screenshot.png', bytes: html }))).toEqual({
      file: 'The selected file’s contents are not a PNG: choose the original file',
    });
    const db = await getDb();
    expect(await db.select().from(attachments).where(eq(attachments.caseId, c.id))).toEqual([]);
  });

  it('serves a photo without its GPS position, and the original with it to the police with a reason, which is recorded', async () => {
    const { staff, c } = await withEntry();
    const photo = await photoWithGps();
    expect(hasGps((await sharp(photo).metadata()).exif)).toBe(true);
    const { attachmentId } = await addAttachment(staff.as.officer, { caseId: c.id, number: 1, fileName: 'photo.jpg', bytes: photo });

    const served = await downloadAttachment(staff.as.coordinator, { caseId: c.id, attachmentId });
    if (!('file' in served)) throw new Error('not served');
    expect(served.file.mimeType).toBe('image/jpeg');
    expect(hasGps((await sharp(Buffer.from(served.file.bytes)).metadata()).exif)).toBe(false);

    // The coordinator is not the police: the original is not theirs to have.
    const coordinator = newRequest(staff.as.coordinator);
    await notFound(downloadOriginal(coordinator, { caseId: c.id, attachmentId, reason: 'Curious' }));
    await expectAudit(coordinator, { action: 'attachment.download_original', outcome: 'denied', resourceType: 'attachment', resourceId: attachmentId, detail: 'not_found' });

    expect(await refusedWith(downloadOriginal(staff.as.officer, { caseId: c.id, attachmentId, reason: '  ' }))).toEqual({ reason: 'Say why you need the original file' });
    const officer = newRequest(staff.as.officer);
    const original = await downloadOriginal(officer, { caseId: c.id, attachmentId, reason: 'Location metadata for the investigation' });
    if (!('file' in original)) throw new Error('not served');
    expect(Buffer.from(original.file.bytes).equals(photo)).toBe(true);
    expect(hasGps((await sharp(Buffer.from(original.file.bytes)).metadata()).exif)).toBe(true);
    const event = await expectAudit(officer, { action: 'attachment.download_original', outcome: 'allowed', resourceId: attachmentId, caseId: c.id, detail: 'original' });
    expect(event.justification).toBe('Location metadata for the investigation');
    expect((await getAttachmentForOriginal(staff.as.officer, { caseId: c.id, attachmentId })).sha256).toBe(sha256Hex(photo));
  });

  it('answers an agency outside the case "not found" for the log, an entry, an upload, a download and an original, each recorded', async () => {
    const { staff, c } = await withEntry();
    const { attachmentId } = await addAttachment(staff.as.officer, { caseId: c.id, number: 1, fileName: 'photo.jpg', bytes: await photoWithGps() });
    const other = await makeAreaWithStaff();
    const outsiders = [staff.as.housingOfficer, other.as.officer];
    for (const outsider of outsiders) {
      const tries: [() => Promise<unknown>, { action: string; resourceType: string; resourceId: string }, ReturnType<typeof newRequest>][] = [];
      const as = () => newRequest(outsider);
      const log = as();
      tries.push([() => listIncidents(log, { caseId: c.id }), { action: 'incident.view', resourceType: 'case', resourceId: c.id }, log]);
      const one = as();
      tries.push([() => getIncident(one, { caseId: c.id, number: 1 }), { action: 'incident.view', resourceType: 'case', resourceId: c.id }, one]);
      const upload = as();
      tries.push([() => addAttachment(upload, { caseId: c.id, number: 1, fileName: 'x.png', bytes: Buffer.from('x') }), { action: 'incident.attach', resourceType: 'case', resourceId: c.id }, upload]);
      const download = as();
      tries.push([() => downloadAttachment(download, { caseId: c.id, attachmentId }), { action: 'attachment.download', resourceType: 'attachment', resourceId: attachmentId }, download]);
      const original = as();
      tries.push([() => downloadOriginal(original, { caseId: c.id, attachmentId, reason: 'Forged' }), { action: 'attachment.download_original', resourceType: 'attachment', resourceId: attachmentId }, original]);
      for (const [work, denied, viewer] of tries) {
        await notFound(work());
        await expectAudit(viewer, { ...denied, outcome: 'denied', detail: 'not_found' });
      }
    }
  });
});
