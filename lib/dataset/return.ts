import { csvCell, toCsv } from '@/lib/csv';
import type { Dataset, ReturnRow } from './get';
import { routes } from './routes';

// The exports of the dataset (decision 0021): counts only, and a count from 1 to 4 (or a joint
// referral's half-count under 5) written "fewer than 5", so a small area's figures single no one out.

export const FEWER_THAN_5 = 'fewer than 5';

/** A count as the exports show it. */
export function suppressed(count: number): string {
  if (count > 0 && count < 5) return FEWER_THAN_5;
  return String(Math.round(count * 10) / 10);
}

/** A percentage of a count, in the exports: only where the count itself is shown (0, or 5 and over). */
export function suppressedPercent(count: number, percent: number | null): string {
  if (percent === null) return '';
  if (count > 0 && count < 5) return '';
  return `${percent} %`;
}

/** The national return's columns, in the national form's order. */
export const returnHeader = [
  'Area',
  'Period from',
  'Period to',
  'Meeting date',
  'Cases discussed (including repeats)',
  'Repeat cases',
  'Children in the households',
  ...routes.map((r) => `Referrals from: ${r.label}`),
  'Victims who are Black, Asian or racially minoritised',
  'Victims who are LGBT+',
  'Victims with a disability',
  'Male victims',
  'Victims aged 16 or 17',
  'Perpetrators aged 17 or under',
  'Cases per 10,000 women aged 16 and over (a year)',
] as const;

function line(d: Dataset, label: string, r: Omit<ReturnRow, 'meetingId' | 'date'>, rate: string) {
  return [
    d.areaName,
    d.period.from,
    d.period.to,
    label,
    suppressed(r.cases),
    suppressed(r.repeats),
    suppressed(r.children),
    ...routes.map((x) => suppressed(r.routes[x.route])),
    suppressed(r.minoritised),
    suppressed(r.lgbt),
    suppressed(r.disabled),
    suppressed(r.male),
    suppressed(r.aged16to17),
    suppressed(r.perpetratorsUnder18),
    rate,
  ];
}

/**
 * The period's return as CSV: the protective marking on the first line, as on every export; then the
 * national form's header, a line a meeting and the period's total (formula-safe, lib/csv.ts).
 */
export function datasetCsv(d: Dataset): string {
  const f = d.figures;
  const total: Omit<ReturnRow, 'meetingId' | 'date'> = {
    cases: f.casesDiscussed,
    repeats: f.repeats.count,
    children: f.children,
    routes: Object.fromEntries(d.byRoute.map((r) => [r.route, r.count])) as ReturnRow['routes'],
    minoritised: f.minoritised.count,
    lgbt: f.lgbt.count,
    disabled: f.disabled.count,
    male: f.male.count,
    aged16to17: f.aged16to17.count,
    perpetratorsUnder18: f.perpetratorsUnder18.count,
  };
  return `${csvCell('OFFICIAL-SENSITIVE')}\r\n` + toCsv(returnHeader, [
    ...d.returnRows.map((r) => line(d, r.date, r, '')),
    line(d, `Total: ${f.meetings} meetings`, total, f.casesPer10kWomen === null ? '' : String(f.casesPer10kWomen)),
  ]);
}

/** The file's name: the area's name is not in it (only the period). */
export function datasetFileName(d: Dataset, ext: 'csv' | 'pdf'): string {
  const p = d.period;
  const when = p.kind === 'quarter' ? p.quarter : p.kind === 'meeting' ? `meeting-${p.from}` : `${p.from}-to-${p.to}`;
  return `marac-dataset-${when}.${ext}`;
}
