import type { Metadata } from 'next';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listUsers, userSorts } from '@/lib/users/list';
import { readQuery } from '@/lib/input/query';
import { typedText } from '@/lib/input/typed-text';
import { IgnoredFilters, ignoredNames } from '../../_lib/ignored-filters';
import { orRefuse } from '../../_lib/guard';
import { ButtonLink } from '../../ui/button';
import { PageHeading } from '../../ui/page-heading';
import { Pagination, ResultsCount } from '../../ui/pagination';
import { TextInput } from '../../ui/text-input';
import { Button } from '../../ui/button';
import { UsersTable } from './users-table';

export const metadata: Metadata = { title: 'Users' };

const PAGE_SIZE = 25;
const queryFields = {
  q: typedText('Your search').max(100).optional(),
  sort: z.enum(userSorts).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
};

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const { query: query, ignored } = readQuery(queryFields, await searchParams);
  const { rows, total } = await orRefuse(
    listUsers(viewer, { page: query.page, pageSize: PAGE_SIZE, sort: query.sort, direction: query.dir, search: query.q }),
  );
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const from = total === 0 ? 0 : (query.page - 1) * PAGE_SIZE + 1;

  return (
    <>
      <PageHeading caption="Administration">Users</PageHeading>
      <ButtonLink href="/admin/users/new">Add a user</ButtonLink>
      <form method="get" role="search" className="app-search">
        <TextInput id="q" name="q" label="Search by name, email or agency" defaultValue={query.q ?? ''} width="govuk-input--width-20" type="search" />
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <Button variant="secondary">Search</Button>
      </form>
      <IgnoredFilters names={ignoredNames(ignored, { q: 'Search' })} />
      <ResultsCount from={from} to={Math.min(total, query.page * PAGE_SIZE)} total={total} noun="users" />
      <UsersTable rows={rows} sort={query.sort} dir={query.dir} search={query.q} />
      <Pagination page={query.page} pageCount={pageCount} baseHref="/admin/users" params={{ q: query.q, sort: query.sort, dir: query.dir }} />
    </>
  );
}
