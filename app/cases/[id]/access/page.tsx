import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { auditOutcomes } from '@/db/enums';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getCaseAccessLog } from '@/lib/audit/case-log';
import { auditActionLabel, auditOutcomeLabels } from '@/lib/audit/labels';
import { caseAccessFilterSchema } from '@/lib/audit/schemas';
import { formatDateTime } from '../../../_lib/format';
import { orRefuse } from '../../../_lib/guard';
import { filterParams, PeriodInputs, periodFilterErrors, queryString, readPeriodFilter } from '../../../_lib/date-filters';
import { BackLink } from '../../../ui/back-link';
import { ErrorSummary } from '../../../ui/error-summary';
import { Filter, FilterLayout } from '../../../ui/filter-layout';
import { PageHeading } from '../../../ui/page-heading';
import { Pagination, ResultsCount } from '../../../ui/pagination';
import { Select } from '../../../ui/select';
import { SummaryList } from '../../../ui/summary-list';
import { CaseAccessTable } from './access-table';

export const metadata: Metadata = { title: 'Who has seen this case' };

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * Who has seen this case: every read, reveal, download and change of it, from the audit log. For the
 * area's coordinators and its information-governance lead; the case is named by its number only.
 */
export default async function CaseAccessPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const read = readPeriodFilter(caseAccessFilterSchema, await searchParams);
  const { filter } = read;
  const log = await orRefuse(getCaseAccessLog(viewer, id, filter));
  const { summary } = log;
  const base = `/cases/${log.case.id}/access`;
  const query = filterParams(filter);
  const pageCount = Math.max(1, Math.ceil(log.total / log.pageSize));
  const from = log.total === 0 ? 0 : (log.page - 1) * log.pageSize + 1;
  const actionOptions = log.options.actions.map((a) => ({ value: a, label: auditActionLabel(a) })).sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));

  return (
    <>
      {log.canOpenCase ? (
        <BackLink href={`/cases/${log.case.id}`}>Case {log.case.number}</BackLink>
      ) : (
        <BackLink href={`/audit?case=${encodeURIComponent(log.case.number)}`}>Audit log</BackLink>
      )}
      <PageHeading caption={`Case ${log.case.number}`}>Who has seen this case</PageHeading>
      <p className="govuk-body">
        Every read, reveal of protected details, download and change of this case in the audit log, newest first: the case record, its
        referrals and actions, and the agendas, research and minutes that showed it. Opening this page is recorded too.
      </p>
      <SummaryList
        rows={[
          {
            key: 'Events',
            value: summary.events ? `${plural(summary.events, 'event')}, from ${formatDateTime(summary.firstAt)} to ${formatDateTime(summary.lastAt)}` : 'None yet',
          },
          { key: 'People', value: `${plural(summary.people, 'person', 'people')} from ${plural(summary.agencies, 'agency', 'agencies')}` },
          {
            key: 'Protected details revealed',
            value: summary.reveals ? (
              <Link className="govuk-link" href={`${base}?action=case.reveal_protected&outcome=allowed`}>
                {plural(summary.reveals, 'time')}
              </Link>
            ) : (
              'Never'
            ),
          },
          {
            key: 'Refused requests',
            value: summary.refused ? (
              <Link className="govuk-link" href={`${base}?outcome=denied`}>
                {plural(summary.refused, 'refused request')}
              </Link>
            ) : (
              'None'
            ),
          },
        ]}
      />
      <ErrorSummary errors={periodFilterErrors(read)} />
      <FilterLayout
        resultsLabel="Events about this case"
        filter={
          <form method="get" aria-label="Filter who has seen this case">
            <Filter clearHref={base}>
              <Select id="agency" name="agency" label="Agency" emptyOption="Any agency" defaultValue={filter.agency ?? ''} options={log.options.agencies.map((a) => ({ value: a.id, label: a.name }))} />
              <Select id="user" name="user" label="Person" emptyOption="Anyone" defaultValue={filter.user ?? ''} options={log.options.users.map((u) => ({ value: u.id, label: u.name }))} />
              <Select id="action" name="action" label="What happened" emptyOption="Anything" defaultValue={filter.action ?? ''} options={actionOptions} />
              <Select id="outcome" name="outcome" label="Outcome" emptyOption="Any outcome" defaultValue={filter.outcome ?? ''} options={auditOutcomes.map((o) => ({ value: o, label: auditOutcomeLabels[o] }))} />
              <PeriodInputs {...read} />
            </Filter>
          </form>
        }
      >
        <ResultsCount from={from} to={Math.min(log.total, log.page * log.pageSize)} total={log.total} moreThan={log.moreThanTotal} noun="events" />
        {log.canExport && log.total > 0 ? (
          <p className="govuk-body">
            {/* A file download, not a page: a plain link, not the client router (which would ask twice). */}
            <a className="govuk-link" href={`${base}/csv${queryString(query)}`}>
              Download these events (CSV)
            </a>
          </p>
        ) : null}
        <CaseAccessTable rows={log.rows} />
        <Pagination page={log.page} pageCount={pageCount} baseHref={base} params={query} />
      </FilterLayout>
    </>
  );
}
