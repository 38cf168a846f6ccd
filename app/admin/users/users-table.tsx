import { Link } from '@/app/ui/link';
import type { UserListRow } from '@/lib/users/list';
import { roleLabels } from '@/lib/users/labels';
import { formatDateTime } from '../../_lib/format';
import { sortHrefFor } from '../../_lib/sort-href';
import { type Column, DataTable } from '../../ui/data-table';
import { Tag } from '../../ui/tag';

export function UserStatus({ active, awaitingSetup }: { active: boolean; awaitingSetup: boolean }) {
  if (!active) return <Tag colour="grey">Disabled</Tag>;
  if (awaitingSetup) return <Tag colour="yellow">Awaiting set-up</Tag>;
  return <Tag colour="green">Active</Tag>;
}

const columns: Column<UserListRow>[] = [
  {
    id: 'name',
    header: 'Name',
    sortable: true,
    cell: (r) => (
      <Link className="govuk-link" href={`/admin/users/${r.id}`}>
        {r.name}
      </Link>
    ),
  },
  { id: 'email', header: 'Email address', sortable: true, cell: (r) => r.email },
  { id: 'agency', header: 'Agency', sortable: true, cell: (r) => r.agencyName },
  { id: 'role', header: 'Role', sortable: true, cell: (r) => roleLabels[r.role as keyof typeof roleLabels] },
  { id: 'status', header: 'Status', sortable: true, cell: (r) => <UserStatus {...r} /> },
  { id: 'lastSignIn', header: 'Last sign-in', sortable: true, cell: (r) => formatDateTime(r.lastSignInAt) },
];

export function UsersTable({ rows, sort, dir, search }: { rows: UserListRow[]; sort: string; dir: 'asc' | 'desc'; search?: string }) {
  return (
    <DataTable
      caption="Users of your MARAC area"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      sorted={{ id: sort, descending: dir === 'desc' }}
      sortHref={sortHrefFor('/admin/users', { q: search })}
      empty="No users match your search."
    />
  );
}
