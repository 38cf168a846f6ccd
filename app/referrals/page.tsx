import type { Metadata } from 'next';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listAgencyReferrals, referralSorts } from '@/lib/referrals/list';
import { readQuery } from '@/lib/input/query';
import { orRefuse } from '../_lib/guard';
import { Button } from '../ui/button';
import { PageHeading } from '../ui/page-heading';
import { Pagination, ResultsCount } from '../ui/pagination';
import { createReferralAction } from './actions';
import { ReferralsTable } from './referrals-table';

export const metadata: Metadata = { title: 'Your agency’s referrals' };

const PAGE_SIZE = 25;
const queryFields = {
  sort: z.enum(referralSorts).default('updated'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
};

export default async function ReferralsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const { query: q } = readQuery(queryFields, await searchParams);
  const { rows, total } = await orRefuse(listAgencyReferrals(viewer, { page: q.page, pageSize: PAGE_SIZE, sort: q.sort, direction: q.dir }));
  return (
    <>
      <PageHeading caption={viewer.agencyName}>Your agency’s referrals</PageHeading>
      <p className="govuk-body">Referrals to the MARAC made by your agency, and where each one stands.</p>
      <form action={createReferralAction}>
        <Button>Start a new referral</Button>
      </form>
      <ResultsCount from={total ? (q.page - 1) * PAGE_SIZE + 1 : 0} to={Math.min(total, q.page * PAGE_SIZE)} total={total} noun="referrals" />
      <ReferralsTable rows={rows} sort={q.sort} dir={q.dir} basePath="/referrals" caption="Referrals" />
      <Pagination page={q.page} pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))} baseHref="/referrals" params={{ sort: q.sort, dir: q.dir }} />
    </>
  );
}
