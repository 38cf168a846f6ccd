import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { can } from '@/lib/authz';
import { caseSorts, listCases } from '@/lib/cases/list';
import { readQuery } from '@/lib/input/query';
import { typedText } from '@/lib/input/typed-text';
import { IgnoredFilters, ignoredNames } from '../_lib/ignored-filters';
import { formatDate } from '../_lib/format';
import { orRefuse } from '../_lib/guard';
import { Button } from '../ui/button';
import { PageHeading } from '../ui/page-heading';
import { Pagination, ResultsCount } from '../ui/pagination';
import { TextInput } from '../ui/text-input';
import { CasesTable } from './cases-table';

export const metadata: Metadata = { title: 'Cases' };

const PAGE_SIZE = 25;
const queryFields = {
  q: typedText('Your search').max(100).optional(),
  sort: z.enum(caseSorts).default('number'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  reaching: z.iso.date().optional(),
};

export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const { query: q, ignored } = readQuery(queryFields, await searchParams);
  // What the list is filtered by: kept by its sort links and its pages alike.
  const filters = { q: q.q, reaching: q.reaching };
  const { rows, total, moreThanTotal } = await orRefuse(listCases(viewer, { page: q.page, pageSize: PAGE_SIZE, sort: q.sort, direction: q.dir, search: q.q, reachingTwelveMonthsOn: q.reaching }));
  return (
    <>
      <PageHeading>Cases</PageHeading>
      <p className="govuk-body">
        {!can(viewer, 'case.list', { areaId: viewer.areaId }) ? 'Cases your agency has referred, and cases on the agenda of a coming or recent meeting.' : 'The cases of your MARAC area.'} Newest first.
      </p>
      <form method="get" role="search" className="app-search">
        <TextInput id="q" name="q" label="Search by case number or victim’s name" type="search" width="govuk-input--width-20" defaultValue={q.q ?? ''} />
        <Button variant="secondary">Search</Button>
      </form>
      {q.reaching ? (
        <p className="govuk-body">
          Open cases reaching 12 months since their last MARAC on {formatDate(q.reaching)}.{' '}
          <Link className="govuk-link" href="/cases">
            Show all cases
          </Link>
        </p>
      ) : null}
      <IgnoredFilters names={ignoredNames(ignored, { q: 'Search', reaching: 'Reaching 12 months on' })} />
      <ResultsCount from={total ? (q.page - 1) * PAGE_SIZE + 1 : 0} to={Math.min(total, q.page * PAGE_SIZE)} total={total} moreThan={moreThanTotal} noun="cases" />
      {moreThanTotal ? <p className="govuk-body">Search or filter to narrow the list.</p> : null}
      <CasesTable rows={rows} sort={q.sort} dir={q.dir} filters={filters} />
      <Pagination page={q.page} pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))} baseHref="/cases" params={{ ...filters, sort: q.sort, dir: q.dir }} />
    </>
  );
}
