import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listAuditEvents } from '@/lib/audit/list';
import { auditFilterSchema } from '@/lib/audit/schemas';
import { auditOutcomes } from '@/db/enums';
import { auditActionLabel, auditOutcomeLabels, auditResourceLabel } from '@/lib/audit/labels';
import { orRefuse } from '../_lib/guard';
import { ErrorSummary } from '../ui/error-summary';
import { Filter, FilterLayout } from '../ui/filter-layout';
import { InsetText } from '../ui/inset-text';
import { PageHeading } from '../ui/page-heading';
import { Pagination, ResultsCount } from '../ui/pagination';
import { Select } from '../ui/select';
import { TextInput } from '../ui/text-input';
import { AuditTable } from './audit-table';
import { filterParams, PeriodInputs, periodFilterErrors, queryString, readPeriodFilter } from '../_lib/date-filters';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const read = readPeriodFilter(auditFilterSchema, await searchParams);
  const { filter, errors } = read;
  const data = await orRefuse(listAuditEvents(viewer, filter));
  const pageCount = Math.max(1, Math.ceil(data.total / data.pageSize));
  const from = data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1;
  const params = filterParams(filter);
  const inWords = (values: string[], label: (v: string) => string) =>
    values.map((v) => ({ value: v, label: label(v) })).sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  const theCase = data.caseFilter;

  return (
    <>
      <PageHeading>Audit log</PageHeading>
      <p className="govuk-body">
        Every sign-in, read and change in your MARAC area, newest first. Events cannot be changed or deleted.
      </p>
      <ErrorSummary errors={periodFilterErrors(read)} />
      <FilterLayout
        resultsLabel="Audit events"
        filter={
          <form method="get" aria-label="Filter the audit log">
            <Filter clearHref="/audit">
              <TextInput
                id="case"
                name="case"
                label="Case number"
                hint="For example, KV-2026-0007"
                width="govuk-input--width-10"
                spellCheck={false}
                autoComplete="off"
                error={errors.case}
                defaultValue={filter.case ?? ''}
              />
              <Select id="user" name="user" label="User" emptyOption="Any user" defaultValue={filter.user ?? ''} options={data.options.users.map((u) => ({ value: u.id, label: u.name }))} />
              <Select id="agency" name="agency" label="Agency" emptyOption="Any agency" defaultValue={filter.agency ?? ''} options={data.options.agencies.map((a) => ({ value: a.id, label: a.name }))} />
              <Select id="action" name="action" label="Action" emptyOption="Any action" defaultValue={filter.action ?? ''} options={inWords(data.options.actions, auditActionLabel)} />
              <Select id="resource" name="resource" label="About" emptyOption="Anything" defaultValue={filter.resource ?? ''} options={inWords(data.options.resources, auditResourceLabel)} />
              <Select id="outcome" name="outcome" label="Outcome" emptyOption="Any outcome" defaultValue={filter.outcome ?? ''} options={auditOutcomes.map((o) => ({ value: o, label: auditOutcomeLabels[o] }))} />
              <PeriodInputs {...read} />
            </Filter>
          </form>
        }
      >
        {theCase ? (
          theCase.caseId ? (
            <InsetText>
              <p className="govuk-body">
                Showing every event about case <strong>{theCase.number}</strong>: its own, the agendas, research and minutes that showed it, and refused requests for it.
              </p>
              {data.canSeeCaseAccess ? (
                <p className="govuk-body">
                  <Link className="govuk-link" href={`/cases/${theCase.caseId}/access`}>
                    Who has seen case {theCase.number}
                  </Link>
                </p>
              ) : null}
            </InsetText>
          ) : (
            <InsetText>
              <p className="govuk-body">There is no case {theCase.number} in your MARAC area. Check the number and try again.</p>
            </InsetText>
          )
        ) : null}
        <ResultsCount from={from} to={Math.min(data.total, data.page * data.pageSize)} total={data.total} moreThan={data.moreThanTotal} noun="events" />
        {data.moreThanTotal ? <p className="govuk-body">Filter by user, action or dates to reach older events.</p> : null}
        {data.canExport && data.total > 0 ? (
          <p className="govuk-body">
            {/* A file download, not a page: a plain link, not the client router (which would ask twice). */}
            <a className="govuk-link" href={`/audit/csv${queryString(params)}`}>
              Download these events (CSV)
            </a>
            {data.moreThanTotal ? ' — the newest 10,000' : null}
          </p>
        ) : null}
        <AuditTable rows={data.rows} canSeeCaseAccess={data.canSeeCaseAccess} />
        <Pagination page={data.page} pageCount={pageCount} baseHref="/audit" params={params} />
      </FilterLayout>
    </>
  );
}
