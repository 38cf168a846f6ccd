import { Link } from '@/app/ui/link';
import { createColumnHelper } from '@tanstack/react-table';
import type { UserListRow } from '@/lib/users/list';
import { roleLabels } from '@/lib/users/labels';
import { formatDateTime } from '../../_lib/format';
import { sortHrefFor } from '../../_lib/sort-href';
import { DataTable } from '../../ui/data-table';
import { Tag } from '../../ui/tag';

const column = createColumnHelper<UserListRow>();

export function UserStatus({ active, awaitingSetup }: { active: boolean; awaitingSetup: boolean }) {
  if (!active) return <Tag colour="grey">Disabled</Tag>;
  if (awaitingSetup) return <Tag colour="yellow">Awaiting set-up</Tag>;
  return <Tag colour="green">Active</Tag>;
}

const columns = [
  column.accessor('name', {
    header: 'Name',
    cell: (c) => (
      <Link className="govuk-link" href={`/admin/users/${c.row.original.id}`}>
        {c.getValue()}
      </Link>
    ),
  }),
  column.accessor('email', { header: 'Email address' }),
  column.accessor('agencyName', { id: 'agency', header: 'Agency' }),
  column.accessor('role', { header: 'Role', cell: (c) => roleLabels[c.getValue() as keyof typeof roleLabels] }),
  column.accessor('active', { id: 'status', header: 'Status', cell: (c) => <UserStatus {...c.row.original} /> }),
  column.accessor('lastSignInAt', { id: 'lastSignIn', header: 'Last sign-in', cell: (c) => formatDateTime(c.getValue()) }),
];

export function UsersTable({ rows, sort, dir, search }: { rows: UserListRow[]; sort: string; dir: 'asc' | 'desc'; search?: string }) {
  return (
    <DataTable
      caption="Users of your MARAC area"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      sorting={[{ id: sort, desc: dir === 'desc' }]}
      sortHref={sortHrefFor('/admin/users', { q: search })}
      empty="No users match your search."
    />
  );
}
