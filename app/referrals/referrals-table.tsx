import { Link } from '@/app/ui/link';
import type { ReferralListRow } from '@/lib/referrals/list';
import { formatDateTime } from '../_lib/format';
import { sortHrefFor } from '../_lib/sort-href';
import { type Column, DataTable } from '../ui/data-table';
import { Tag } from '../ui/tag';
import { CriteriaTags, ReferralStatusTag } from './status-tag';

/** Earlier cases the coordinator has still to confirm or reject: a possible repeat says so. */
function PossibleMatchTag({ row }: { row: ReferralListRow }) {
  if (row.possibleRepeat) return <Tag colour="purple">Possible repeat: heard within 12 months</Tag>;
  if (row.possibleEarlierCases === 1) return <Tag colour="grey">Possible earlier case</Tag>;
  if (row.possibleEarlierCases > 1) return <Tag colour="grey">{`${row.possibleEarlierCases} possible earlier cases`}</Tag>;
  return null;
}

const columns: Column<ReferralListRow>[] = [
  {
    id: 'victim',
    header: 'Victim',
    sortable: true,
    cell: (r) => (
      <>
        <Link className="govuk-link" href={`/referrals/${r.id}`}>
          {r.victimName || 'Not yet named'}
        </Link>
        <span className="app-cell-secondary">
          {[r.reference, r.childrenInHousehold ? `${r.childrenInHousehold} child${r.childrenInHousehold === 1 ? '' : 'ren'}` : null, r.stalking ? 'Stalking' : null]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </>
    ),
  },
  { id: 'agency', header: 'Referred by', sortable: true, cell: (r) => r.agencyName },
  { id: 'score', header: 'Score', sortable: true, cell: (r) => r.riskScore },
  { id: 'criteria', header: 'Criteria met', cell: (r) => <CriteriaTags criteria={r} /> },
  {
    id: 'status',
    header: 'Status',
    sortable: true,
    cell: (r) => (
      <>
        <ReferralStatusTag status={r.status} />
        {r.caseNumber ? (
          <Link className="govuk-link app-cell-secondary" href={`/cases/${r.caseId}`}>
            Case {r.caseNumber}
          </Link>
        ) : null}
        {r.repeat ? <Tag colour="purple">Repeat</Tag> : null}
        <PossibleMatchTag row={r} />
      </>
    ),
  },
  { id: 'submitted', header: 'Submitted', sortable: true, cell: (r) => formatDateTime(r.submittedAt) },
  { id: 'updated', header: 'Last changed', sortable: true, cell: (r) => formatDateTime(r.updatedAt) },
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
      sorted={{ id: sort, descending: dir === 'desc' }}
      sortHref={sortHrefFor(basePath, params)}
      empty="No referrals yet."
    />
  );
}
