'use client';

import { createColumnHelper } from '@tanstack/react-table';
import type { AuditRow } from '@/lib/audit/list';
import { formatDateTime } from '../_lib/format';
import { DataTable } from '../ui/data-table';
import { Tag } from '../ui/tag';

const column = createColumnHelper<AuditRow>();

const outcomeColour = { allowed: 'green', denied: 'red', error: 'orange' } as const;

const columns = [
  column.accessor('occurredAt', { header: 'When (UK time)', cell: (c) => formatDateTime(c.getValue()) }),
  column.accessor('userName', {
    header: 'User',
    cell: (c) => (
      <>
        {c.getValue() ?? (c.row.original.userId ? c.row.original.userId : 'Unknown')}
        {c.row.original.agencyName ? <span className="govuk-hint govuk-!-margin-bottom-0">{c.row.original.agencyName}</span> : null}
      </>
    ),
  }),
  column.accessor('role', { header: 'Role', cell: (c) => c.getValue() ?? '—' }),
  column.accessor('action', { header: 'Action', cell: (c) => <code>{c.getValue()}</code> }),
  column.accessor('resourceType', {
    header: 'Resource',
    cell: (c) => (
      <>
        {c.getValue()}
        {c.row.original.resourceId ? <span className="govuk-hint govuk-!-margin-bottom-0 app-id">{c.row.original.resourceId}</span> : null}
      </>
    ),
  }),
  column.accessor('outcome', {
    header: 'Outcome',
    cell: (c) => <Tag colour={outcomeColour[c.getValue() as keyof typeof outcomeColour]}>{c.getValue()}</Tag>,
  }),
  column.accessor('detail', {
    header: 'Detail',
    cell: (c) => [c.getValue(), c.row.original.justification].filter(Boolean).join(' — ') || '—',
  }),
];

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return <DataTable caption="Audit events" columns={columns} rows={rows} rowKey={(r) => String(r.id)} empty="No events match these filters." />;
}
