import { Link } from '@/app/ui/link';
import type { CaseListRow } from '@/lib/cases/list';
import { formatDate } from '../_lib/format';
import { sortHrefFor } from '../_lib/sort-href';
import { type Column, DataTable } from '../ui/data-table';
import { Tag } from '../ui/tag';
import { MaracStatus } from './marac-status';

const columns: Column<CaseListRow>[] = [
  {
    id: 'number',
    header: 'Case',
    sortable: true,
    cell: (r) => (
      <Link className="govuk-link" href={`/cases/${r.id}`}>
        {r.number}
      </Link>
    ),
  },
  { id: 'victim', header: 'Victim', sortable: true, cell: (r) => r.victimName ?? '—' },
  { id: 'score', header: 'Highest score', sortable: true, cell: (r) => r.riskScore },
  {
    id: 'flags',
    header: 'Flags',
    cell: (r) => (
      <span className="app-tag-list">
        {r.repeat ? <Tag colour="purple">Repeat</Tag> : null}
        {r.children ? <Tag colour="yellow">{`${r.children} child${r.children === 1 ? '' : 'ren'}`}</Tag> : null}
        {r.stalking ? <Tag colour="pink">Stalking</Tag> : null}
      </span>
    ),
  },
  {
    id: 'meeting',
    header: 'MARAC',
    cell: (r) => <MaracStatus dense awaitingMeeting={r.awaitingMeeting} lastMaracOn={r.lastMaracOn} listedAt={r.listedMeetingId && r.listedMeetingStartsAt ? { meetingId: r.listedMeetingId, startsAt: r.listedMeetingStartsAt } : null} />,
  },
  { id: 'opened', header: 'Opened', sortable: true, cell: (r) => formatDate(r.createdAt) },
];

/** `filters`: the list's search and filters, kept when it is sorted again. */
export function CasesTable({ rows, sort, dir, filters }: { rows: CaseListRow[]; sort: string; dir: 'asc' | 'desc'; filters: Record<string, string | undefined> }) {
  return (
    <DataTable
      caption="Cases"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      sorted={{ id: sort, descending: dir === 'desc' }}
      sortHref={sortHrefFor('/cases', filters)}
      empty="No cases."
    />
  );
}
