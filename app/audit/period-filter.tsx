import type { z } from 'zod';
import { checkDateParts } from '@/lib/dates/memorable-date';
import { dateParts, partsOf, type DatePart, type DateParts } from '@/lib/dates/date-parts';
import { fieldErrorsOf } from '@/lib/input/parse';
import { DateInput } from '../ui/date-input';

type PeriodKey = 'from' | 'to';
const periodFields: Record<PeriodKey, { legend: string; label: string }> = {
  from: { legend: 'From', label: 'The “from” date' },
  to: { legend: 'To', label: 'The “to” date' },
};
const periodKeys = Object.keys(periodFields) as PeriodKey[];

export interface PeriodFilterRead<T> {
  filter: T;
  /** Each filter that could not be read, by its name, in words; it is left out of the filter. */
  errors: Record<string, string>;
  errorParts: Partial<Record<PeriodKey, DatePart[]>>;
  /** What was typed in the date boxes, to show again. */
  typed: Record<PeriodKey, DateParts>;
}

/**
 * Reads an audit list's filters from the URL; a filter that is not valid is reported and left out. The
 * dates ("from", "to") come as three boxes each (`from.day`, `from.month`, `from.year`), as GOV.UK asks
 * for dates, or as YYYY-MM-DD from a link.
 */
export function readPeriodFilter<S extends z.ZodType>(schema: S, raw: Record<string, string | undefined>): PeriodFilterRead<z.output<S>> {
  const input: Record<string, string | undefined> = { ...raw };
  const errors: Record<string, string> = {};
  const errorParts: Partial<Record<PeriodKey, DatePart[]>> = {};
  const typed = {} as Record<PeriodKey, DateParts>;
  for (const key of periodKeys) {
    const boxes = Object.fromEntries(dateParts.map((p) => [p, raw[`${key}.${p}`] ?? ''])) as DateParts;
    for (const p of dateParts) delete input[`${key}.${p}`];
    if (dateParts.every((p) => boxes[p].trim() === '')) {
      typed[key] = partsOf(raw[key]);
      continue;
    }
    typed[key] = boxes;
    const checked = checkDateParts(boxes, { label: periodFields[key].label });
    if ('iso' in checked) input[key] = checked.iso;
    else {
      delete input[key];
      errors[key] = checked.problem.message;
      errorParts[key] = checked.problem.parts;
    }
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { filter: parsed.data, errors, errorParts, typed };
  const schemaErrors = fieldErrorsOf(parsed.error);
  for (const key of Object.keys(schemaErrors)) delete input[key];
  const retry = schema.safeParse(input);
  return { filter: (retry.success ? retry.data : {}) as z.output<S>, errors: { ...errors, ...schemaErrors }, errorParts, typed };
}

/** The error summary's links: a date's first box in error, any other filter by its id. */
export function periodFilterErrors({ errors, errorParts }: Pick<PeriodFilterRead<unknown>, 'errors' | 'errorParts'>) {
  return Object.entries(errors).map(([key, text]) => ({
    href: key in periodFields ? `#${key}.${errorParts[key as PeriodKey]?.[0] ?? 'day'}` : `#${key}`,
    text,
  }));
}

/** The "From" and "To" date boxes of a filter panel. */
export function PeriodInputs({ errors, errorParts, typed }: Pick<PeriodFilterRead<unknown>, 'errors' | 'errorParts' | 'typed'>) {
  return (
    <>
      {periodKeys.map((key) => (
        <DateInput
          key={key}
          id={key}
          legend={periodFields[key].legend}
          legendSize="s"
          hint="For example, 27 3 2026"
          error={errors[key]}
          errorParts={errorParts[key]}
          inputProps={(part) => ({ defaultValue: typed[key][part] })}
        />
      ))}
    </>
  );
}

/** A filter as URL parameters (for paging links and downloads): set values only, the page left out. */
export function filterParams(filter: Record<string, string | number | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filter)
      .filter(([key, value]) => key !== 'page' && value !== undefined && value !== '')
      .map(([key, value]) => [key, String(value)]),
  );
}

export function queryString(params: Record<string, string>): string {
  const search = new URLSearchParams(params).toString();
  return search ? `?${search}` : '';
}
