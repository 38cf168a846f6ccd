import { afterEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { getDb } from '@/db/client';
import { attachments } from '@/db/schema';
import { addAttachment } from '@/lib/incidents/attachments';
import { recordIncident } from '@/lib/incidents/log';
import type { RecordIncidentInput } from '@/lib/incidents/schemas';
import { makeAreaWithStaff } from '@/test/factories';
import { makeAcceptedCase } from '@/test/cases';
import { actAs, expectForgedRefused, snapshotOf } from '@/test/server-actions';
import { correctIncidentAction, pasteTextAction, recordIncidentAction, withdrawIncidentAction } from './actions';
import { POST as upload } from './[number]/attachments/route';
import { GET as download } from '../attachments/[attachmentId]/route';
import { POST as downloadOriginal } from '../attachments/[attachmentId]/original/download/route';

vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));

const fields = (caseId: string) => ({
  caseId,
  occurredPrecision: 'day',
  occurredOn: { day: '2', month: '11', year: '2026' },
  channel: 'phone_call',
  summary: 'Forged entry',
}) as RecordIncidentInput;

const png = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#08c' } }).png().toBuffer();

function uploadRequest(caseId: string, number: number, file: Blob, name: string, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set('file', file, name);
  return new Request(`http://localhost/cases/${caseId}/incidents/${number}/attachments`, { method: 'POST', body: form, headers: { host: 'localhost', ...headers } });
}

const ctx = <P,>(params: P) => ({ params: Promise.resolve(params) });

async function world() {
  const ours = await makeAreaWithStaff();
  const theirs = await makeAreaWithStaff();
  const ourCase = await makeAcceptedCase(ours, { victim: 'Forged Victim' });
  await recordIncident(ours.as.officer, fields(ourCase.id));
  const photo = await png();
  const { attachmentId } = await addAttachment(ours.as.officer, { caseId: ourCase.id, number: 1, fileName: 'photo.png', bytes: photo });
  return { ours, theirs, ourCase, attachmentId, photo };
}

describe('incident actions and evidence routes called with forged ids', () => {
  it('answer not found to an agency outside the case and to another area, change nothing, and record the refusal', async () => {
    const { ours, theirs, ourCase, attachmentId } = await world();
    const areas = [ours.area.id, theirs.area.id];
    const onCase = { resourceType: 'case', resourceId: ourCase.id };
    const onFile = { resourceType: 'attachment', resourceId: attachmentId };
    const post = (reason: string) => {
      const body = new URLSearchParams({ reason });
      return new Request(`http://localhost/cases/${ourCase.id}/attachments/${attachmentId}/original/download`, { method: 'POST', body, headers: { host: 'localhost' } });
    };
    const attempts = [
      { what: 'housing records on the police’s case', as: ours.as.housingOfficer, call: () => recordIncidentAction(fields(ourCase.id)), denied: { action: 'incident.record', ...onCase } },
      { what: 'housing corrects its entry', as: ours.as.housingOfficer, call: () => correctIncidentAction({ ...fields(ourCase.id), number: 1, version: 1, reason: 'Forged' }), denied: { action: 'incident.view', ...onCase } },
      { what: 'housing withdraws its entry', as: ours.as.housingOfficer, call: () => withdrawIncidentAction({ caseId: ourCase.id, number: 1, reason: 'Forged' }), denied: { action: 'incident.view', ...onCase } },
      { what: 'another area’s coordinator records on it', as: theirs.as.coordinator, call: () => recordIncidentAction(fields(ourCase.id)), denied: { action: 'incident.record', ...onCase } },
      { what: 'another area’s police correct its entry', as: theirs.as.officer, call: () => correctIncidentAction({ ...fields(ourCase.id), number: 1, version: 1, reason: 'Forged' }), denied: { action: 'incident.view', ...onCase } },
      { what: 'housing uploads a file to its entry', as: ours.as.housingOfficer, call: async () => upload(uploadRequest(ourCase.id, 1, new Blob([await png()]), 'forged.png'), ctx({ id: ourCase.id, number: '1' })), denied: { action: 'incident.attach', ...onCase } },
      { what: 'housing pastes text onto its entry', as: ours.as.housingOfficer, call: () => pasteTextAction({ caseId: ourCase.id, number: 1, title: 'Forged', text: 'Forged headers' }), denied: { action: 'incident.attach', ...onCase } },
      { what: 'another area’s police paste text onto its entry', as: theirs.as.officer, call: () => pasteTextAction({ caseId: ourCase.id, number: 1, title: 'Forged', text: 'Forged headers' }), denied: { action: 'incident.attach', ...onCase } },
      { what: 'housing downloads its file', as: ours.as.housingOfficer, call: () => download(new Request('http://localhost/'), ctx({ id: ourCase.id, attachmentId })), denied: { action: 'attachment.download', ...onFile } },
      { what: 'another area’s police download its original', as: theirs.as.officer, call: () => downloadOriginal(post('For the investigation'), ctx({ id: ourCase.id, attachmentId })), denied: { action: 'attachment.download_original', ...onFile } },
      { what: 'our coordinator (not the police) downloads its original', as: ours.as.coordinator, call: () => downloadOriginal(post('Curious'), ctx({ id: ourCase.id, attachmentId })), denied: { action: 'attachment.download_original', ...onFile } },
    ];
    for (const a of attempts) await expectForgedRefused(areas, a);
  });
});

describe('the upload route', () => {
  afterEach(() => {
    delete process.env.ATTACHMENT_MAX_MB;
  });

  it('adds the file and goes back to the entry with a banner; refuses an HTML file named .png back beside the field', async () => {
    const { ours, ourCase } = await world();
    actAs(ours.as.officer);
    const added = await upload(uploadRequest(ourCase.id, 1, new Blob([await png()]), 'second.png', { origin: 'http://localhost' }), ctx({ id: ourCase.id, number: '1' }));
    expect(added.status).toBe(303);
    expect(added.headers.get('location')).toBe(`/cases/${ourCase.id}/incidents/1?upload=added#attachments`);
    const db = await getDb();
    expect((await db.select().from(attachments).where(eq(attachments.caseId, ourCase.id))).map((a) => a.fileName)).toEqual(['photo.png', 'second.png']);

    const refused = await upload(uploadRequest(ourCase.id, 1, new Blob(['<html><script>alert(1)</script></html>']), 'screenshot.png'), ctx({ id: ourCase.id, number: '1' }));
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toBe(`/cases/${ourCase.id}/incidents/1?upload=refused#file`);
    const cookie = refused.headers.get('set-cookie') ?? '';
    expect(decodeURIComponent(cookie.split(';')[0].split('=')[1])).toBe('The selected file’s contents are not a PNG: choose the original file');
    expect(cookie).toContain(`Path=/cases/${ourCase.id}/incidents/1`);
    expect(await db.select().from(attachments).where(eq(attachments.caseId, ourCase.id))).toHaveLength(2);
  });

  it('refuses a body over the size limit as it arrives, and a post from another site, keeping nothing', async () => {
    const { ours, theirs, ourCase } = await world();
    const before = await snapshotOf([ours.area.id, theirs.area.id]);
    actAs(ours.as.officer);
    process.env.ATTACHMENT_MAX_MB = '0.01';
    const big = new Blob([new Uint8Array(200 * 1024)]);
    const tooBig = await upload(uploadRequest(ourCase.id, 1, big, 'big.png'), ctx({ id: ourCase.id, number: '1' }));
    expect(tooBig.headers.get('location')).toBe(`/cases/${ourCase.id}/incidents/1?upload=refused#file`);
    expect(decodeURIComponent((tooBig.headers.get('set-cookie') ?? '').split(';')[0].split('=')[1])).toBe('The selected file must be smaller than 0.01 MB');

    const foreign = await upload(uploadRequest(ourCase.id, 1, new Blob([await png()]), 'x.png', { origin: 'https://evil.example' }), ctx({ id: ourCase.id, number: '1' }));
    expect(foreign.status).toBe(403);
    expect(await snapshotOf([ours.area.id, theirs.area.id])).toEqual(before);
  });

  it('serves a download with headers that keep it a download, and the original only to the police with a reason', async () => {
    const { ours, ourCase, attachmentId, photo } = await world();
    actAs(ours.as.coordinator);
    const got = await download(new Request('http://localhost/'), ctx({ id: ourCase.id, attachmentId }));
    expect(got.status).toBe(200);
    expect(Object.fromEntries(['content-type', 'content-disposition', 'x-content-type-options', 'content-security-policy', 'cache-control'].map((h) => [h, got.headers.get(h)]))).toEqual({
      'content-type': 'image/png',
      'content-disposition': `attachment; filename="photo.png"; filename*=UTF-8''photo.png`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
      'cache-control': 'no-store',
    });
    actAs(ours.as.officer);
    const post = (reason: string) =>
      downloadOriginal(new Request('http://localhost/x', { method: 'POST', body: new URLSearchParams({ reason }), headers: { host: 'localhost', origin: 'http://localhost' } }), ctx({ id: ourCase.id, attachmentId }));
    const blank = await post('   ');
    expect(blank.headers.get('location')).toBe(`/cases/${ourCase.id}/attachments/${attachmentId}/original?problem=reason#reason`);
    const original = await post('Metadata for the investigation');
    expect(Buffer.from(await original.arrayBuffer()).equals(photo)).toBe(true);
  });
});
