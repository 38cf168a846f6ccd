import { Link } from '@/app/ui/link';
import type { ActionRow } from '@/lib/action-items/list';
import { formatDate } from '../_lib/format';
import { sortHrefFor } from '../_lib/sort-href';
import { type Column, DataTable } from '../ui/data-table';
import { ActionStatusTag } from './action-status-tag';

const columns: Column<ActionRow>[] = [
  {
    id: 'description',
    header: 'Action',
    cell: (r) => (
      <Link className="govuk-link" href={`/action-items/${r.id}`}>
        {r.description}
      </Link>
    ),
  },
  { id: 'case', header: 'Case', sortable: true, cell: (r) => r.caseNumber },
  {
    id: 'agency',
    header: 'Owner',
    sortable: true,
    cell: (r) => (
      <>
        {r.ownerName}
        <span className="app-cell-secondary">{r.agencyName}</span>
      </>
    ),
  },
  { id: 'due', header: 'Due', sortable: true, cell: (r) => (r.overdue ? <strong>{formatDate(r.dueOn)}</strong> : formatDate(r.dueOn)) },
  { id: 'status', header: 'Status', sortable: true, cell: (r) => <ActionStatusTag status={r.status} overdue={r.overdue} /> },
];

export function ActionsTable({ rows, sort, dir, basePath, params }: { rows: ActionRow[]; sort: string; dir: 'asc' | 'desc'; basePath: string; params: Record<string, string | undefined> }) {
  return (
    <DataTable
      caption="Actions"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      sorted={{ id: sort, descending: dir === 'desc' }}
      sortHref={sortHrefFor(basePath, params)}
      empty="No actions match."
    />
  );
}
