import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { auditActionLabel, auditResourceLabel } from '@/lib/audit/labels';
import { userActivityFilterSchema } from '@/lib/audit/schemas';
import { getUserActivity } from '@/lib/audit/user-activity';
import { formatDateTime } from '../../../_lib/format';
import { orRefuse } from '../../../_lib/guard';
import { BackLink } from '../../../ui/back-link';
import { Button } from '../../../ui/button';
import { ErrorSummary } from '../../../ui/error-summary';
import { PageHeading } from '../../../ui/page-heading';
import { Pagination, ResultsCount } from '../../../ui/pagination';
import { SummaryList } from '../../../ui/summary-list';
import { Table, Td, Th, Tr } from '../../../ui/table';
import { Tag } from '../../../ui/tag';
import { outcomeColour, outcomeText, roleLabel } from '../../describe';
import { filterParams, PeriodInputs, periodFilterErrors, queryString, readPeriodFilter } from '../../../_lib/date-filters';

export const metadata: Metadata = { title: 'Everything this user touched' };

const n = (v: number) => v.toLocaleString('en-GB');

/** Everything one user touched: the cases and other records their events were about, and what they did. */
export default async function UserActivityPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const read = readPeriodFilter(userActivityFilterSchema, await searchParams);
  const { filter } = read;
  const data = await orRefuse(getUserActivity(viewer, id, filter));
  const base = `/audit/users/${data.user.id}`;
  const period = filterParams(filter);
  const pageCount = Math.max(1, Math.ceil(data.casesTotal / data.pageSize));
  const from = data.casesTotal === 0 ? 0 : (data.page - 1) * data.pageSize + 1;
  const inPeriod = filter.from || filter.to ? ' in this period' : '';

  return (
    <>
      <BackLink href="/audit">Audit log</BackLink>
      <PageHeading caption="Everything this user touched">{data.user.name}</PageHeading>
      <ErrorSummary errors={periodFilterErrors(read)} />
      <SummaryList
        rows={[
          { key: 'Agency', value: data.user.agencyName },
          { key: 'Role', value: roleLabel(data.user.role) },
          { key: 'Account', value: data.user.active ? 'Active' : 'Disabled' },
          {
            key: `Events${inPeriod}`,
            value: data.events ? (
              <>
                {data.moreThanEvents ? 'More than ' : null}
                {n(data.events)} {data.events === 1 ? 'event' : 'events'}, from {formatDateTime(data.firstAt)} to {formatDateTime(data.lastAt)}.{' '}
                <Link className="govuk-link" href={`/audit${queryString({ user: data.user.id, ...period })}`}>
                  See each event in the audit log
                </Link>
              </>
            ) : (
              'None'
            ),
          },
        ]}
      />
      <form method="get" aria-label="Choose a period">
        <div className="app-search">
          <PeriodInputs {...read} />
          <div className="govuk-form-group">
            <Button variant="secondary">Show this period</Button>
          </div>
        </div>
        {filter.from || filter.to ? (
          <p className="govuk-body">
            <Link className="govuk-link" href={base}>
              Show all time
            </Link>
          </p>
        ) : null}
      </form>

      <h2 className="govuk-heading-m">Cases touched</h2>
      <p className="govuk-body">Cases this user’s events were about, or that a page or download they opened showed (an agenda, research, the minutes). The most recently touched first.</p>
      <ResultsCount from={from} to={Math.min(data.casesTotal, data.page * data.pageSize)} total={data.casesTotal} noun="cases" />
      {data.cases.length ? (
        <Table
          caption={<span className="govuk-visually-hidden">Cases touched</span>}
          className="govuk-!-margin-bottom-4"
          head={
            <>
              <Th>Case</Th>
              <Th numeric>Events</Th>
              <Th numeric>Protected details revealed</Th>
              <Th numeric>Refused</Th>
              <Th>First</Th>
              <Th>Last</Th>
            </>
          }
        >
          {data.cases.map((c) => (
            <Tr key={c.caseId}>
              <Td className="app-nowrap">
                {data.canSeeCaseAccess ? (
                  <Link className="govuk-link" href={`/cases/${c.caseId}/access${queryString({ user: data.user.id })}`}>
                    {c.number}
                    <span className="govuk-visually-hidden">: what {data.user.name} did with this case</span>
                  </Link>
                ) : c.canOpenCase ? (
                  <Link className="govuk-link" href={`/cases/${c.caseId}`}>
                    {c.number}
                  </Link>
                ) : (
                  c.number
                )}
              </Td>
              <Td numeric>{n(c.events)}</Td>
              <Td numeric>{c.reveals ? <strong>{n(c.reveals)}</strong> : 0}</Td>
              <Td numeric>{c.refused ? <strong className="app-overdue">{n(c.refused)}</strong> : 0}</Td>
              <Td>{formatDateTime(c.firstAt)}</Td>
              <Td>{formatDateTime(c.lastAt)}</Td>
            </Tr>
          ))}
        </Table>
      ) : null}
      <Pagination page={data.page} pageCount={pageCount} baseHref={base} params={period} label="Pages of cases touched" />

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Table
            caption="What they did"
            captionSize="m"
            head={
              <>
                <Th>Action</Th>
                <Th>Outcome</Th>
                <Th numeric>Events</Th>
              </>
            }
          >
            {data.actions.length ? (
              data.actions.map((a) => (
                <Tr key={`${a.action}-${a.outcome}`}>
                  <Td>{auditActionLabel(a.action)}</Td>
                  <Td>
                    <Tag colour={outcomeColour[a.outcome as keyof typeof outcomeColour]}>{outcomeText(a.outcome)}</Tag>
                  </Td>
                  <Td numeric>{n(a.events)}</Td>
                </Tr>
              ))
            ) : (
              <Tr>
                <Td colSpan={3}>Nothing{inPeriod}.</Td>
              </Tr>
            )}
          </Table>
        </div>
        <div className="govuk-grid-column-one-half">
          <Table
            caption="Records touched"
            captionSize="m"
            head={
              <>
                <Th>Kind of record</Th>
                <Th numeric>Records</Th>
                <Th numeric>Events</Th>
              </>
            }
          >
            {data.records.length ? (
              data.records.map((r) => (
                <Tr key={r.resourceType}>
                  <Td>{auditResourceLabel(r.resourceType)}</Td>
                  <Td numeric>{r.records ? n(r.records) : '—'}</Td>
                  <Td numeric>{n(r.events)}</Td>
                </Tr>
              ))
            ) : (
              <Tr>
                <Td colSpan={3}>Nothing{inPeriod}.</Td>
              </Tr>
            )}
          </Table>
        </div>
      </div>
    </>
  );
}
