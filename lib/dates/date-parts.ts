// A date typed in three boxes (day, month, year), as the GOV.UK date input has it: the parts and
// how an ISO date fills them. The checks of what was typed are in memorable-date.ts.

export const dateParts = ['day', 'month', 'year'] as const;

export type DatePart = (typeof dateParts)[number];

export type DateParts = Record<DatePart, string>;

/** A stored date as the three boxes show it: "1984-03-05" is 5, 3, 1984. */
export function partsOf(iso: string | undefined | null): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] } : { day: '', month: '', year: '' };
}
