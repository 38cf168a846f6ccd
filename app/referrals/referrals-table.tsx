import { Link } from '@/app/ui/link';
import { createColumnHelper } from '@tanstack/react-table';
import type { ReferralListRow } from '@/lib/referrals/list';
import { formatDateTime } from '../_lib/format';
import { sortHrefFor } from '../_lib/sort-href';
import { DataTable } from '../ui/data-table';
import { Tag } from '../ui/tag';
import { CriteriaTags, ReferralStatusTag } from './status-tag';

const column = createColumnHelper<ReferralListRow>();

/** Earlier cases the coordinator has still to confirm or reject: a possible repeat says so. */
function PossibleMatchTag({ row }: { row: ReferralListRow }) {
  if (row.possibleRepeat) return <Tag colour="purple">Possible repeat: heard within 12 months</Tag>;
  if (row.possibleEarlierCases === 1) return <Tag colour="grey">Possible earlier case</Tag>;
  if (row.possibleEarlierCases > 1) return <Tag colour="grey">{`${row.possibleEarlierCases} possible earlier cases`}</Tag>;
  return null;
}

const columns = [
  column.accessor('victimName', {
    id: 'victim',
    header: 'Victim',
    cell: (c) => (
      <>
        <Link className="govuk-link" href={`/referrals/${c.row.original.id}`}>
          {c.getValue() || 'Not yet named'}
        </Link>
        <span className="app-cell-secondary">
          {[
            c.row.original.reference,
            c.row.original.childrenInHousehold ? `${c.row.original.childrenInHousehold} child${c.row.original.childrenInHousehold === 1 ? '' : 'ren'}` : null,
            c.row.original.stalking ? 'Stalking' : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </>
    ),
  }),
  column.accessor('agencyName', { id: 'agency', header: 'Referred by' }),
  column.accessor('riskScore', { id: 'score', header: 'Score' }),
  column.display({ id: 'criteria', header: 'Criteria met', cell: (c) => <CriteriaTags criteria={c.row.original} /> }),
  column.accessor('status', {
    header: 'Status',
    cell: (c) => (
      <>
        <ReferralStatusTag status={c.getValue()} />
        {c.row.original.caseNumber ? (
          <Link className="govuk-link app-cell-secondary" href={`/cases/${c.row.original.caseId}`}>
            Case {c.row.original.caseNumber}
          </Link>
        ) : null}
        {c.row.original.repeat ? <Tag colour="purple">Repeat</Tag> : null}
        <PossibleMatchTag row={c.row.original} />
      </>
    ),
  }),
  column.accessor('submittedAt', { id: 'submitted', header: 'Submitted', cell: (c) => formatDateTime(c.getValue()) }),
  column.accessor('updatedAt', { id: 'updated', header: 'Last changed', cell: (c) => formatDateTime(c.getValue()) }),
];

export function ReferralsTable({
  rows,
  sort,
  dir,
  basePath,
  caption,
  params = {},
  hiddenColumns,
}: {
  rows: ReferralListRow[];
  sort: string;
  dir: 'asc' | 'desc';
  basePath: string;
  caption: string;
  params?: Record<string, string | undefined>;
  hiddenColumns?: string[];
}) {
  return (
    <DataTable
      hiddenColumns={hiddenColumns}
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      sorting={[{ id: sort, desc: dir === 'desc' }]}
      sortHref={sortHrefFor(basePath, params)}
      empty="No referrals yet."
    />
  );
}
