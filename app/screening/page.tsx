import type { Metadata } from 'next';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { referralStatuses } from '@/db/enums';
import { listScreeningQueue, referralSorts } from '@/lib/referrals/list';
import { readQuery } from '@/lib/input/query';
import { typedText } from '@/lib/input/typed-text';
import { IgnoredFilters, ignoredNames } from '../_lib/ignored-filters';
import { orRefuse } from '../_lib/guard';
import { Filter, FilterLayout } from '../ui/filter-layout';
import { PageHeading } from '../ui/page-heading';
import { Pagination, ResultsCount } from '../ui/pagination';
import { Select } from '../ui/select';
import { TextInput } from '../ui/text-input';
import { ReferralsTable } from '../referrals/referrals-table';
import { referralStatusLabel } from '../referrals/status-tag';

export const metadata: Metadata = { title: 'Screening' };

const PAGE_SIZE = 25;
const queryFields = {
  status: z.enum(referralStatuses).or(z.literal('all')).default('submitted'),
  agency: z.preprocess((v) => (v === '' ? undefined : v), z.uuid().optional()),
  q: typedText('Your search').max(100).optional(),
  sort: z.enum(referralSorts).default('submitted'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
};

export default async function ScreeningPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const { query: q, ignored } = readQuery(queryFields, await searchParams);
  const data = await orRefuse(
    listScreeningQueue(viewer, {
      page: q.page,
      pageSize: PAGE_SIZE,
      sort: q.sort,
      direction: q.dir,
      status: q.status === 'all' ? undefined : q.status,
      agencyId: q.agency,
      search: q.q,
    }),
  );
  const params = { status: q.status, agency: q.agency, q: q.q };
  return (
    <>
      <PageHeading>Screening</PageHeading>
      <p className="govuk-body">Referrals to your MARAC. Oldest waiting first: open one to screen it.</p>
      <FilterLayout
        resultsLabel="Referrals"
        filter={
          <form method="get" aria-label="Filter referrals">
            <Filter clearHref="/screening">
              <Select
                id="status"
                name="status"
                label="Status"
                defaultValue={q.status}
                options={[{ value: 'all', label: 'Any status' }, ...referralStatuses.filter((s) => s !== 'draft').map((s) => ({ value: s, label: referralStatusLabel(s) }))]}
              />
              <Select id="agency" name="agency" label="Referring agency" emptyOption="Any agency" defaultValue={q.agency ?? ''} options={data.agencies.map((a) => ({ value: a.id, label: a.name }))} />
              <TextInput id="q" name="q" label="Victim’s name or reference" defaultValue={q.q ?? ''} />
            </Filter>
          </form>
        }
      >
        <IgnoredFilters names={ignoredNames(ignored, { status: 'Status', agency: 'Referring agency', q: 'Victim’s name or reference' })} />
      <ResultsCount from={data.total ? (q.page - 1) * PAGE_SIZE + 1 : 0} to={Math.min(data.total, q.page * PAGE_SIZE)} total={data.total} noun="referrals" />
        <ReferralsTable rows={data.rows} sort={q.sort} dir={q.dir} basePath="/screening" params={params} caption="Referrals to screen" hiddenColumns={['updated']} />
        <Pagination page={q.page} pageCount={Math.max(1, Math.ceil(data.total / PAGE_SIZE))} baseHref="/screening" params={{ ...params, sort: q.sort, dir: q.dir }} />
      </FilterLayout>
    </>
  );
}
