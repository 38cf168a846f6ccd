import type { z } from 'zod';
import { checkDateParts } from '@/lib/dates/memorable-date';
import { dateParts, partsOf, type DatePart, type DateParts } from '@/lib/dates/date-parts';
import { fieldErrorsOf } from '@/lib/input/parse';
import { DateInput } from '../ui/date-input';

/** A date filter's boxes: the fieldset's legend, and how an error names the date. */
export interface DateFilterField {
  legend: string;
  label: string;
}
export type DateFilterFields<K extends string> = Record<K, DateFilterField>;

export interface DateBoxesRead<K extends string> {
  /** The URL's parameters with each date's three boxes read into one YYYY-MM-DD value (or left out). */
  input: Record<string, string | undefined>;
  /** Each date that could not be read, by its name, in words; it is left out of the filter. */
  errors: Record<string, string>;
  errorParts: Partial<Record<K, DatePart[]>>;
  /** What was typed in the date boxes, to show again. */
  typed: Record<K, DateParts>;
}

/**
 * Reads a filter's dates from the URL. Each date comes as three boxes (`dueFrom.day`, `dueFrom.month`,
 * `dueFrom.year`), as GOV.UK asks for dates, or as one YYYY-MM-DD value from a link (a page's sort and
 * paging links carry it so). A date typed wrongly is reported in GOV.UK's words and left out.
 */
export function readDateBoxes<K extends string>(fields: DateFilterFields<K>, raw: Record<string, string | undefined>): DateBoxesRead<K> {
  const input: Record<string, string | undefined> = { ...raw };
  const errors: Record<string, string> = {};
  const errorParts: Partial<Record<K, DatePart[]>> = {};
  const typed = {} as Record<K, DateParts>;
  for (const key of Object.keys(fields) as K[]) {
    const boxes = Object.fromEntries(dateParts.map((p) => [p, raw[`${key}.${p}`] ?? ''])) as DateParts;
    for (const p of dateParts) delete input[`${key}.${p}`];
    if (dateParts.every((p) => boxes[p].trim() === '')) {
      typed[key] = partsOf(raw[key]);
      continue;
    }
    typed[key] = boxes;
    const checked = checkDateParts(boxes, { label: fields[key].label });
    if ('iso' in checked) input[key] = checked.iso;
    else {
      delete input[key];
      errors[key] = checked.problem.message;
      errorParts[key] = checked.problem.parts;
    }
  }
  return { input, errors, errorParts, typed };
}

/** The error summary's links: a date's first box in error, any other filter by its id. */
export function dateFilterErrors<K extends string>(fields: DateFilterFields<K>, { errors, errorParts }: Pick<DateBoxesRead<K>, 'errors' | 'errorParts'>) {
  return Object.entries(errors).map(([key, text]) => ({
    href: key in fields ? `#${key}.${errorParts[key as K]?.[0] ?? 'day'}` : `#${key}`,
    text,
  }));
}

/** A filter panel's date boxes, one fieldset a date. */
export function DateFilterInputs<K extends string>({ fields, errors, errorParts, typed }: { fields: DateFilterFields<K> } & Pick<DateBoxesRead<K>, 'errors' | 'errorParts' | 'typed'>) {
  return (
    <>
      {(Object.keys(fields) as K[]).map((key) => (
        <DateInput
          key={key}
          id={key}
          legend={fields[key].legend}
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

// The audit lists' and the dataset's period: "from" and "to".
type PeriodKey = 'from' | 'to';
const periodFields: DateFilterFields<PeriodKey> = {
  from: { legend: 'From', label: 'The “from” date' },
  to: { legend: 'To', label: 'The “to” date' },
};

export interface PeriodFilterRead<T> extends Omit<DateBoxesRead<PeriodKey>, 'input'> {
  filter: T;
}

/**
 * Reads an audit list's filters from the URL, its period's dates as readDateBoxes reads them; a filter
 * that is not valid is reported and left out.
 */
export function readPeriodFilter<S extends z.ZodType>(schema: S, raw: Record<string, string | undefined>): PeriodFilterRead<z.output<S>> {
  const { input, errors, errorParts, typed } = readDateBoxes(periodFields, raw);
  const parsed = schema.safeParse(input);
  if (parsed.success) return { filter: parsed.data, errors, errorParts, typed };
  const schemaErrors = fieldErrorsOf(parsed.error);
  for (const key of Object.keys(schemaErrors)) delete input[key];
  const retry = schema.safeParse(input);
  return { filter: (retry.success ? retry.data : {}) as z.output<S>, errors: { ...errors, ...schemaErrors }, errorParts, typed };
}

export const periodFilterErrors = (read: Pick<PeriodFilterRead<unknown>, 'errors' | 'errorParts'>) => dateFilterErrors(periodFields, read);

/** The "From" and "To" date boxes of a filter panel. */
export const PeriodInputs = (read: Pick<PeriodFilterRead<unknown>, 'errors' | 'errorParts' | 'typed'>) => <DateFilterInputs fields={periodFields} {...read} />;

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
