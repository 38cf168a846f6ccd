import { describe, expect, it } from 'vitest';
import type { CaseAccessRow } from '@/lib/audit/case-log';
import { caseAccessCsv } from './csv';

const row = (over: Partial<CaseAccessRow>): CaseAccessRow => ({
  id: 1,
  occurredAt: new Date('2026-03-27T10:15:30Z'),
  userId: 'u1',
  userName: 'Tom Ashdown',
  agencyName: 'Kestrel Vale Housing Options',
  role: 'agency',
  action: 'case.reveal_protected',
  resourceType: 'case',
  resourceId: 'c1',
  meetingStartsAt: null,
  casesShown: 0,
  outcome: 'allowed',
  justification: 'Booking a home visit to discuss a safe move',
  detail: null,
  requestId: 'req-1',
  ...over,
});

/** The cells of a CSV line (every cell quoted, as toCsv writes them). */
const cells = (line: string) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));

describe('the CSV of who has seen a case', () => {
  it('holds what the page shows, in the same words, marked OFFICIAL-SENSITIVE', () => {
    const csv = caseAccessCsv('KV-2026-0007', [
      row({}),
      row({ id: 2, action: 'agenda.view', resourceType: 'meeting', meetingStartsAt: new Date('2026-04-02T09:00:00Z'), casesShown: 3, justification: null, userName: 'DC Owen Prestwick', agencyName: 'Kestrel Vale Police' }),
      row({ id: 3, action: 'case.view', outcome: 'denied', detail: 'not_found', justification: null, userName: null, userId: null, role: 'system' }),
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('"OFFICIAL-SENSITIVE"');
    expect(cells(lines[1])).toEqual(['Case', 'When (UK time)', 'Timestamp (UTC)', 'Who', 'Agency', 'Role', 'What', 'Record', 'Why', 'Outcome', 'Outcome detail', 'Request id']);
    expect(cells(lines[2])).toEqual([
      'KV-2026-0007',
      '27 March 2026 at 10:15:30am',
      '2026-03-27T10:15:30.000Z',
      'Tom Ashdown',
      'Kestrel Vale Housing Options',
      'Agency representative',
      'Revealed protected details',
      'The case record',
      'Booking a home visit to discuss a safe move',
      'Allowed',
      '',
      'req-1',
    ]);
    expect(cells(lines[3]).slice(6, 8)).toEqual(['Viewed an agenda', 'Agenda of the meeting of 2 April 2026 at 10am (3 cases shown)']);
    expect(cells(lines[4]).slice(3, 11)).toEqual(['Marac Hub (the system)', 'Kestrel Vale Housing Options', '', 'Viewed a case', 'The case record', '', 'Refused', 'Answered “not found”']);
    expect(lines.at(-1)).toBe('');
  });

  it('defuses a reason or a name typed to run as a formula', () => {
    const csv = caseAccessCsv('KV-2026-0007', [row({ justification: '=HYPERLINK("http://evil.example","Click")', userName: '@admin' })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(csv).toContain(`"'@admin"`);
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
  });
});
