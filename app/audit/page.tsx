import type { Metadata } from 'next';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listAuditEvents } from '@/lib/audit/list';
import { auditFilterSchema } from '@/lib/audit/schemas';
import { auditOutcomes } from '@/db/enums';
import { auditActionLabel, auditOutcomeLabels, auditResourceLabel } from '@/lib/audit/labels';
import { fieldErrorsOf } from '../_lib/action';
import { orRefuse } from '../_lib/guard';
import { checkDateParts, dateParts, partsOf, type DatePart, type DateParts } from '@/lib/dates/memorable-date';
import { DateInput } from '../ui/date-input';
import { ErrorSummary } from '../ui/error-summary';
import { Filter, FilterLayout } from '../ui/filter-layout';
import { PageHeading } from '../ui/page-heading';
import { Pagination, ResultsCount } from '../ui/pagination';
import { Select } from '../ui/select';
import { AuditTable } from './audit-table';

export const metadata: Metadata = { title: 'Audit log' };

type DateFilter = 'from' | 'to';
const dateFilters: Record<DateFilter, { legend: string; label: string }> = {
  from: { legend: 'From', label: 'The “from” date' },
  to: { legend: 'To', label: 'The “to” date' },
};

/**
 * Reads the filters from the URL; a filter that is not valid is reported and left out. The dates come
 * as three boxes each (`from.day`, `from.month`, `from.year`), or as YYYY-MM-DD from a link.
 */
function readFilter(raw: Record<string, string | undefined>) {
  const input: Record<string, string | undefined> = { ...raw };
  const errors: Record<string, string> = {};
  const errorParts: Partial<Record<DateFilter, DatePart[]>> = {};
  const typed = {} as Record<DateFilter, DateParts>;
  for (const key of Object.keys(dateFilters) as DateFilter[]) {
    const boxes = Object.fromEntries(dateParts.map((p) => [p, raw[`${key}.${p}`] ?? ''])) as DateParts;
    for (const p of dateParts) delete input[`${key}.${p}`];
    if (dateParts.every((p) => boxes[p].trim() === '')) {
      typed[key] = partsOf(raw[key]);
      continue;
    }
    typed[key] = boxes;
    const checked = checkDateParts(boxes, { label: dateFilters[key].label });
    if ('iso' in checked) input[key] = checked.iso;
    else {
      delete input[key];
      errors[key] = checked.problem.message;
      errorParts[key] = checked.problem.parts;
    }
  }
  const parsed = auditFilterSchema.safeParse(input);
  if (parsed.success) return { filter: parsed.data, errors, errorParts, typed };
  const schemaErrors = fieldErrorsOf(parsed.error);
  for (const key of Object.keys(schemaErrors)) delete input[key];
  const retry = auditFilterSchema.safeParse(input);
  return { filter: retry.success ? retry.data : {}, errors: { ...errors, ...schemaErrors }, errorParts, typed };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const { filter, errors, errorParts, typed } = readFilter(await searchParams);
  const data = await orRefuse(listAuditEvents(viewer, filter));
  const pageCount = Math.max(1, Math.ceil(data.total / data.pageSize));
  const from = data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1;
  const { page: _page, ...params } = filter;
  const inWords = (values: string[], label: (v: string) => string) =>
    values.map((v) => ({ value: v, label: label(v) })).sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));

  return (
    <>
      <PageHeading>Audit log</PageHeading>
      <p className="govuk-body">
        Every sign-in, read and change in your MARAC area, newest first. Events cannot be changed or deleted.
      </p>
      <ErrorSummary errors={Object.entries(errors).map(([key, text]) => ({ href: key in dateFilters ? `#${key}.${errorParts[key as DateFilter]?.[0] ?? 'day'}` : `#${key}`, text }))} />
      <FilterLayout
        filter={
          <form method="get" aria-label="Filter the audit log">
            <Filter clearHref="/audit">
              <Select id="user" name="user" label="User" emptyOption="Any user" defaultValue={filter.user ?? ''} options={data.options.users.map((u) => ({ value: u.id, label: u.name }))} />
              <Select id="agency" name="agency" label="Agency" emptyOption="Any agency" defaultValue={filter.agency ?? ''} options={data.options.agencies.map((a) => ({ value: a.id, label: a.name }))} />
              <Select id="action" name="action" label="Action" emptyOption="Any action" defaultValue={filter.action ?? ''} options={inWords(data.options.actions, auditActionLabel)} />
              <Select id="resource" name="resource" label="About" emptyOption="Anything" defaultValue={filter.resource ?? ''} options={inWords(data.options.resources, auditResourceLabel)} />
              <Select id="outcome" name="outcome" label="Outcome" emptyOption="Any outcome" defaultValue={filter.outcome ?? ''} options={auditOutcomes.map((o) => ({ value: o, label: auditOutcomeLabels[o] }))} />
              {(Object.keys(dateFilters) as DateFilter[]).map((key) => (
                <DateInput
                  key={key}
                  id={key}
                  legend={dateFilters[key].legend}
                  legendSize="s"
                  hint="For example, 27 3 2026"
                  error={errors[key]}
                  errorParts={errorParts[key]}
                  inputProps={(part) => ({ defaultValue: typed[key][part] })}
                />
              ))}
            </Filter>
          </form>
        }
      >
        <ResultsCount from={from} to={Math.min(data.total, data.page * data.pageSize)} total={data.total} moreThan={data.moreThanTotal} noun="events" />
        {data.moreThanTotal ? <p className="govuk-body">Filter by user, action or dates to reach older events.</p> : null}
        <AuditTable rows={data.rows} />
        <Pagination page={data.page} pageCount={pageCount} baseHref="/audit" params={params} />
      </FilterLayout>
    </>
  );
}
