import { describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
import sharp from 'sharp';
import { AccessDenied, InputRejected } from '@/lib/errors';
import { sha256Hex } from '@/lib/evidence/inspect';
import { addAttachment } from '@/lib/incidents/attachments';
import { exportIncidentLog, logCsv } from '@/lib/incidents/export';
import { correctIncident, withdrawIncident } from '@/lib/incidents/log';
import { makeAreaWithStaff, newRequest } from '@/test/factories';
import { makeAcceptedCase } from '@/test/cases';
import { expectAudit } from '@/test/audit';
import { entryInput, recordEntries } from '@/test/incidents';
import { incidentLogPdf } from './log-pdf';

type Staff = Awaited<ReturnType<typeof makeAreaWithStaff>>;

// The victim's protected details in the test referral (test/referral-form.ts).
const address = '1 Safe Street, Testtown';
const phone = '07700 900123';

const png = (colour: string) => sharp({ create: { width: 30, height: 20, channels: 3, background: colour } }).png().toBuffer();

/** Five entries logged out of order (entry 2 happened first), one corrected, one withdrawn, two with files. */
async function caseWithLog(staff: Staff) {
  const c = await makeAcceptedCase(staff, { victim: 'Export Victim' });
  await recordEntries(staff.as.officer, c.id, [
    { on: '2026-10-02', channel: 'text_message', summary: 'Texts all evening', behaviours: ['contacting'] },
    { on: '2026-09-28', channel: 'in_person', summary: 'Waiting outside her work', behaviours: ['loitering'] },
    { on: '2026-10-05', channel: 'social_media', summary: '=HYPERLINK("https://evil.example","click")', behaviours: ['publishing'] },
    { on: '2026-10-09', channel: 'email', summary: 'An email from a new address' },
    { on: '2026-10-12', channel: 'phone_call', summary: 'Silent calls' },
  ]);
  await correctIncident(staff.as.officer, { ...entryInput(c.id, { on: '2026-10-02', time: '21:00', channel: 'text_message', summary: 'Forty texts all evening', behaviours: ['contacting', 'threats'] }), number: 1, version: 1, reason: 'She counted them' });
  await withdrawIncident(staff.as.officer, { caseId: c.id, number: 4, reason: 'Not from him' });
  const first = await png('#c00');
  const second = await png('#00c');
  await addAttachment(staff.as.officer, { caseId: c.id, number: 3, fileName: 'post.png', bytes: first });
  await addAttachment(staff.as.officer, { caseId: c.id, number: 5, fileName: 'call-log.png', bytes: second });
  return { c, hashes: { post: sha256Hex(first), callLog: sha256Hex(second) } };
}

const pdfText = async (buffer: Buffer) => (await new PDFParse({ data: new Uint8Array(buffer) }).getText()).text;

async function refused(work: Promise<unknown>) {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  return err;
}

describe('the incident log exported to exhibit', () => {
  it('as a PDF: a cover with the case, the dates and who produced it; entries in the order they happened with their files’ hashes; marked and numbered on every page; audited', async () => {
    const staff = await makeAreaWithStaff();
    const { c, hashes } = await caseWithLog(staff);
    const as = newRequest(staff.as.coordinator);
    const log = await exportIncidentLog(as, { caseId: c.id, format: 'pdf' });
    await expectAudit(as, { action: 'incident.export', outcome: 'allowed', resourceType: 'case', resourceId: c.id, caseId: c.id, detail: 'pdf' });
    expect(log.entries.map((e) => e.number)).toEqual([2, 1, 3, 4, 5]);
    expect(log.protectedDetails).toBeNull();

    const text = await pdfText(await incidentLogPdf(log));
    expect(text).toContain(`Case: ${c.number}`);
    expect(text).toContain('Dates: 28 September 2026 to 12 October 2026');
    expect(text).toMatch(/Produced by: [^,]+, other [0-9a-f]{8}, \d+ \w+ \d{4} at /);
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let p = 1; p <= pages; p++) expect(text).toContain(`Page ${p} of ${pages}`);
    expect(text.match(/OFFICIAL-SENSITIVE/g)!.length).toBe(2 * pages);
    // In the order they happened, as they say now; the correction and the withdrawal noted.
    const at = ['Entry 2: 28 September 2026 at 10am', 'Entry 1: 2 October 2026 at 9pm', 'Entry 3: 5 October 2026', 'Entry 4: 9 October 2026 at 10am (withdrawn)', 'Entry 5: 12 October 2026'].map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(text).toContain('Forty texts all evening');
    expect(text).toContain('Corrected (version 2)');
    expect(text).toContain('She counted them');
    expect(text).toContain('Not from him');
    expect(text).toContain(`SHA-256 ${hashes.post}`);
    expect(text).toContain(`SHA-256 ${hashes.callLog}`);
    expect(text.indexOf(hashes.post)).toBeLessThan(text.indexOf(hashes.callLog));
    expect(text).toMatch(/post\.png, image\/png, \d+ bytes/);
    // Never the victim's protected contact details unless asked for.
    expect(text).not.toContain(address);
    expect(text).not.toContain(phone);
  });

  it('as a CSV: one formula-safe row for each entry, in the order they happened; audited with its format', async () => {
    const staff = await makeAreaWithStaff();
    const { c, hashes } = await caseWithLog(staff);
    const as = newRequest(staff.as.officer);
    const csv = logCsv(await exportIncidentLog(as, { caseId: c.id, format: 'csv' }));
    await expectAudit(as, { action: 'incident.export', outcome: 'allowed', resourceType: 'case', resourceId: c.id, detail: 'csv' });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['"2"', '"1"', '"3"', '"4"', '"5"']);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)"=/m);
    expect(csv).toContain(`post.png; image/png; `);
    expect(csv).toContain(hashes.post);
    expect(csv).toContain('She counted them');
    expect(csv).not.toContain(address);
  });

  it('holds the victim’s contact details only when a police user asks, with a reason kept in the audit event', async () => {
    const staff = await makeAreaWithStaff();
    const { c } = await caseWithLog(staff);

    const noReason = newRequest(staff.as.officer);
    const err = await refused(exportIncidentLog(noReason, { caseId: c.id, format: 'pdf', includeProtected: 'yes', reason: '' }));
    expect(err).toBeInstanceOf(InputRejected);
    expect((err as InputRejected).fieldErrors).toEqual({ reason: 'Say why the export must include the victim’s contact details' });
    const csv = await refused(exportIncidentLog(newRequest(staff.as.officer), { caseId: c.id, format: 'csv', includeProtected: 'yes', reason: 'For the file' }));
    expect((csv as InputRejected).fieldErrors).toEqual({ includeProtected: 'Only the PDF can include the victim’s contact details' });

    const police = newRequest(staff.as.officer);
    const reason = 'The court needs the address for the SPO application';
    const log = await exportIncidentLog(police, { caseId: c.id, format: 'pdf', includeProtected: 'yes', reason });
    await expectAudit(police, { action: 'incident.export', outcome: 'allowed', resourceId: c.id, detail: 'pdf_with_contact_details' }).then((e) => expect(e.justification).toBe(reason));
    const text = await pdfText(await incidentLogPdf(log));
    expect(text).toContain('The victim’s protected contact details');
    expect(text).toContain(address);
    expect(text).toContain(phone);

    // The coordinator sees the log but is not the police: refused, and recorded.
    const coordinator = newRequest(staff.as.coordinator);
    const notPolice = await refused(exportIncidentLog(coordinator, { caseId: c.id, format: 'pdf', includeProtected: 'yes', reason }));
    expect(notPolice).toBeInstanceOf(AccessDenied);
    await expectAudit(coordinator, { action: 'incident.export_protected', outcome: 'denied', resourceType: 'case', resourceId: c.id });
  });

  it('answers an agency outside the case, and one of another area, "not found" for the PDF and the CSV, each refusal audited', async () => {
    const staff = await makeAreaWithStaff();
    const { c } = await caseWithLog(staff);
    const other = await makeAreaWithStaff();
    for (const outsider of [staff.as.housingOfficer, other.as.officer]) {
      for (const format of ['pdf', 'csv']) {
        const as = newRequest(outsider);
        // Whatever it carries: even a request that would be refused for its input is "not found".
        const err = await refused(exportIncidentLog(as, { caseId: c.id, format, includeProtected: 'yes' }));
        expect(err).toBeInstanceOf(AccessDenied);
        expect((err as AccessDenied).asNotFound).toBe(true);
        await expectAudit(as, { action: 'incident.view', outcome: 'denied', resourceType: 'case', resourceId: c.id, detail: 'not_found' });
      }
    }
  });
});
