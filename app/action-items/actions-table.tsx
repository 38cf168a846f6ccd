import { Link } from '@/app/ui/link';
import { createColumnHelper } from '@tanstack/react-table';
import type { ActionRow } from '@/lib/action-items/list';
import { formatDate } from '../_lib/format';
import { sortHrefFor } from '../_lib/sort-href';
import { DataTable } from '../ui/data-table';
import { ActionStatusTag } from './action-status-tag';

const column = createColumnHelper<ActionRow>();

const columns = [
  column.accessor('description', {
    header: 'Action',
    enableSorting: false,
    cell: (c) => (
      <Link className="govuk-link" href={`/action-items/${c.row.original.id}`}>
        {c.getValue()}
      </Link>
    ),
  }),
  column.accessor('caseNumber', { id: 'case', header: 'Case' }),
  column.accessor('agencyName', {
    id: 'agency',
    header: 'Owner',
    cell: (c) => (
      <>
        {c.row.original.ownerName}
        <span className="app-cell-secondary">{c.getValue()}</span>
      </>
    ),
  }),
  column.accessor('dueOn', { id: 'due', header: 'Due', cell: (c) => (c.row.original.overdue ? <strong>{formatDate(c.getValue())}</strong> : formatDate(c.getValue())) }),
  column.accessor('status', { header: 'Status', cell: (c) => <ActionStatusTag status={c.getValue()} overdue={c.row.original.overdue} /> }),
];

export function ActionsTable({ rows, sort, dir, basePath, params }: { rows: ActionRow[]; sort: string; dir: 'asc' | 'desc'; basePath: string; params: Record<string, string | undefined> }) {
  return (
    <DataTable
      caption="Actions"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      sorting={[{ id: sort, desc: dir === 'desc' }]}
      sortHref={sortHrefFor(basePath, params)}
      empty="No actions match."
    />
  );
}
