import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PDFParse } from 'pdf-parse';
import { getDb } from '@/db/client';
import { now, setClock } from '@/db/clock';
import { cases } from '@/db/schema';
import { inArray } from 'drizzle-orm';
import { getDataset } from '@/lib/dataset/get';
import { FEWER_THAN_5, returnHeader } from '@/lib/dataset/return';
import { expectAudit } from '@/test/audit';
import { fixtureAddresses, fixtureVictims, makeDatasetFixture } from '@/test/dataset';
import { makeAreaWithStaff, makeUser, signedIn } from '@/test/factories';
import { scheduleMeeting } from '@/lib/meetings/schedule';
import { actAs } from '@/test/server-actions';
import { GET as csvRoute } from './csv/route';
import { GET as pdfRoute } from './pdf/route';

vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));

let fixture: Awaited<ReturnType<typeof makeDatasetFixture>>;
let caseNumbers: string[];

beforeAll(async () => {
  fixture = await makeDatasetFixture();
  const db = await getDb();
  caseNumbers = (await db.select({ number: cases.number }).from(cases).where(inArray(cases.id, Object.values(fixture.cases)))).map((c) => c.number);
}, 120_000);

const request = (query: string) => new Request(`http://localhost/dataset/csv?${query}`);
/** The cells of a CSV line (every cell quoted). */
const cells = (line: string) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
const pdfText = async (res: Response) => (await new PDFParse({ data: new Uint8Array(await res.arrayBuffer()) }).getText()).text;

function expectNothingPersonal(text: string) {
  for (const name of fixtureVictims) expect(text).not.toContain(name);
  for (const address of fixtureAddresses) expect(text).not.toContain(address);
  for (const number of caseNumbers) expect(text).not.toContain(number);
  expect(text).not.toContain('Perpetrator 0');
  expect(text).not.toContain('Test Referrer');
}

describe('the dataset’s exports', () => {
  it('the quarter’s return as CSV: the national form’s columns, a line a meeting and the total, counts under 5 as “fewer than 5”, nothing personal, audited', async () => {
    const viewer = actAs(await fixture.as('coordinator'));
    const res = await csvRoute(request('period=quarter&quarter=2025-Q1'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="marac-dataset-2025-Q1.csv"');
    const text = await res.text();
    expectNothingPersonal(text);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('"OFFICIAL-SENSITIVE"');
    expect(cells(lines[1])).toEqual([...returnHeader]);
    expect(cells(lines[2]).slice(3, 7)).toEqual(['2025-02-10', FEWER_THAN_5, '0', FEWER_THAN_5]);
    const total = cells(lines[4]);
    expect(total.slice(1, 5)).toEqual(['2025-01-01', '2025-03-31', 'Total: 2 meetings', FEWER_THAN_5]);
    expect(total.at(-1)).toBe('1.6');
    // 5 children are shown as 5; every other count of this small fixture is under 5 or 0.
    expect(total[6]).toBe('5');
    expect([...total.slice(4, 6), ...total.slice(7, -1)].every((c) => c === FEWER_THAN_5 || c === '0')).toBe(true);
    expect(lines.at(-1)).toBe('');
    await expectAudit(viewer, { action: 'dataset.export_csv', outcome: 'allowed', resourceType: 'dataset', detail: 'quarter_2025-01-01_2025-03-31' });
  });

  it('the PDF for the steering group: marked on every page, numbered, counts only, nothing personal, audited', async () => {
    const steering = await makeUser(fixture.staff.agencies.csp.id, 'steering_group');
    const viewer = actAs(await signedIn(steering.id));
    const res = await pdfRoute(request('period=quarter&quarter=2025-Q1'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(res);
    expectNothingPersonal(text);
    expect(text).toContain('OFFICIAL-SENSITIVE');
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).toContain('January to March 2025');
    expect(text).toContain(FEWER_THAN_5);
    await expectAudit(viewer, { action: 'dataset.export_pdf', outcome: 'allowed', resourceType: 'dataset' });
  });

  it('answers an agency user "not found", for the report and both exports, also with forged ids', async () => {
    const officer = await fixture.as('officer');
    for (const query of ['period=quarter&quarter=2025-Q1', `period=meeting&meetingId=${fixture.meetings.m1}`]) {
      actAs(officer);
      expect((await csvRoute(request(query))).status).toBe(404);
      actAs(officer);
      expect((await pdfRoute(request(query))).status).toBe(404);
    }
    await expect(getDataset(officer, { kind: 'quarter', quarter: '2025-Q1' })).rejects.toMatchObject({ asNotFound: true });
    await expect(getDataset(officer, { kind: 'meeting', meetingId: fixture.meetings.m1 })).rejects.toMatchObject({ asNotFound: true });
  });

  it('answers "not found" for a meeting of another area, even to a coordinator', async () => {
    const other = await makeAreaWithStaff();
    const { meetingId } = await scheduleMeeting(other.as.coordinator, { date: '2025-08-01', time: '10:00', venue: 'Elsewhere', videoLink: '', chairUserId: '' });
    actAs(await fixture.as('coordinator'));
    expect((await csvRoute(request(`period=meeting&meetingId=${meetingId}`))).status).toBe(404);
    // And another area's coordinator sees only their own area's (empty) figures for the same quarter.
    const theirs = await getDataset(other.as.coordinator, { kind: 'quarter', quarter: '2025-Q1' });
    expect(theirs.figures.casesDiscussed).toBe(0);
  });

  it('asks for a code again before an export when the last one is old (step-up)', async () => {
    const viewer = await fixture.as('coordinator');
    // Eleven minutes after the code given at sign-in.
    setClock(new Date(now().getTime() + 11 * 60_000));
    try {
      await expect(getDataset(viewer, { kind: 'quarter', quarter: '2025-Q1' }, 'csv')).rejects.toMatchObject({ name: 'StepUpRequired' });
      // The page itself needs no fresh code.
      await expect(getDataset(viewer, { kind: 'quarter', quarter: '2025-Q1' })).resolves.toBeTruthy();
    } finally {
      setClock(new Date(now().getTime() - 11 * 60_000));
    }
  });
});
