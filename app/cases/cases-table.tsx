import { Link } from '@/app/ui/link';
import { createColumnHelper } from '@tanstack/react-table';
import type { CaseListRow } from '@/lib/cases/list';
import { formatDate } from '../_lib/format';
import { sortHrefFor } from '../_lib/sort-href';
import { DataTable } from '../ui/data-table';
import { Tag } from '../ui/tag';
import { MaracStatus } from './marac-status';

const column = createColumnHelper<CaseListRow>();

const columns = [
  column.accessor('number', {
    header: 'Case',
    cell: (c) => (
      <Link className="govuk-link" href={`/cases/${c.row.original.id}`}>
        {c.getValue()}
      </Link>
    ),
  }),
  column.accessor('victimName', { id: 'victim', header: 'Victim', cell: (c) => c.getValue() ?? '—' }),
  column.accessor('riskScore', { id: 'score', header: 'Highest score' }),
  column.display({
    id: 'flags',
    header: 'Flags',
    cell: (c) => (
      <span className="app-tag-list">
        {c.row.original.repeat ? <Tag colour="purple">Repeat</Tag> : null}
        {c.row.original.children ? <Tag colour="yellow">{`${c.row.original.children} child${c.row.original.children === 1 ? '' : 'ren'}`}</Tag> : null}
        {c.row.original.stalking ? <Tag colour="pink">Stalking</Tag> : null}
      </span>
    ),
  }),
  column.display({
    id: 'meeting',
    header: 'MARAC',
    cell: (c) => {
      const r = c.row.original;
      return <MaracStatus dense awaitingMeeting={r.awaitingMeeting} lastMaracOn={r.lastMaracOn} listedAt={r.listedMeetingId && r.listedMeetingStartsAt ? { meetingId: r.listedMeetingId, startsAt: r.listedMeetingStartsAt } : null} />;
    },
  }),
  column.accessor('createdAt', { id: 'opened', header: 'Opened', cell: (c) => formatDate(c.getValue()) }),
];

export function CasesTable({ rows, sort, dir, search }: { rows: CaseListRow[]; sort: string; dir: 'asc' | 'desc'; search?: string }) {
  return (
    <DataTable
      caption="Cases"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      sorting={[{ id: sort, desc: dir === 'desc' }]}
      sortHref={sortHrefFor('/cases', { q: search })}
      empty="No cases."
    />
  );
}
