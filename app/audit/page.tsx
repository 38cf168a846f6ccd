import type { Metadata } from 'next';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listAuditEvents } from '@/lib/audit/list';
import { auditFilterSchema, type AuditFilter } from '@/lib/audit/schemas';
import { auditOutcomes } from '@/db/schema/audit';
import { auditActionLabel, auditOutcomeLabels, auditResourceLabel } from '@/lib/audit/labels';
import { fieldErrorsOf } from '../_lib/action';
import { orRefuse } from '../_lib/guard';
import { DateField } from '../ui/date-input';
import { ErrorSummary } from '../ui/error-summary';
import { Filter, FilterLayout } from '../ui/filter-layout';
import { PageHeading } from '../ui/page-heading';
import { Pagination, ResultsCount } from '../ui/pagination';
import { Select } from '../ui/select';
import { AuditTable } from './audit-table';

export const metadata: Metadata = { title: 'Audit log' };

/** Reads the filters from the URL; a filter that is not valid is reported and left out. */
function readFilter(raw: Record<string, string | undefined>): { filter: AuditFilter; errors: Record<string, string> } {
  const input = { ...raw };
  const parsed = auditFilterSchema.safeParse(input);
  if (parsed.success) return { filter: parsed.data, errors: {} };
  const errors = fieldErrorsOf(parsed.error);
  for (const key of Object.keys(errors)) delete input[key];
  const retry = auditFilterSchema.safeParse(input);
  return { filter: retry.success ? retry.data : {}, errors };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const { filter, errors } = readFilter(await searchParams);
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
      <ErrorSummary errors={Object.entries(errors).map(([key, text]) => ({ href: `#${key}`, text }))} />
      <FilterLayout
        filter={
          <form method="get" aria-label="Filter the audit log">
            <Filter clearHref="/audit">
              <Select id="user" name="user" label="User" emptyOption="Any user" defaultValue={filter.user ?? ''} options={data.options.users.map((u) => ({ value: u.id, label: u.name }))} />
              <Select id="agency" name="agency" label="Agency" emptyOption="Any agency" defaultValue={filter.agency ?? ''} options={data.options.agencies.map((a) => ({ value: a.id, label: a.name }))} />
              <Select id="action" name="action" label="Action" emptyOption="Any action" defaultValue={filter.action ?? ''} options={inWords(data.options.actions, auditActionLabel)} />
              <Select id="resource" name="resource" label="About" emptyOption="Anything" defaultValue={filter.resource ?? ''} options={inWords(data.options.resources, auditResourceLabel)} />
              <Select id="outcome" name="outcome" label="Outcome" emptyOption="Any outcome" defaultValue={filter.outcome ?? ''} options={auditOutcomes.map((o) => ({ value: o, label: auditOutcomeLabels[o] }))} />
              <DateField id="from" name="from" label="From" defaultValue={filter.from ?? ''} error={errors.from} />
              <DateField id="to" name="to" label="To" defaultValue={filter.to ?? ''} error={errors.to} />
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
