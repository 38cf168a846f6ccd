'use client';

import { createColumnHelper } from '@tanstack/react-table';
import type { AuditRow } from '@/lib/audit/list';
import { formatTimestamp } from '../_lib/format';
import { DataTable } from '../ui/data-table';
import { Tag } from '../ui/tag';

const column = createColumnHelper<AuditRow>();

const outcomeColour = { allowed: 'green', denied: 'red', error: 'orange' } as const;

const columns = [
  column.accessor('occurredAt', { header: 'When (UK time)', cell: (c) => formatTimestamp(c.getValue()) }),
  column.accessor('userName', {
    header: 'User',
    cell: (c) => (
      <>
        {c.getValue() ?? c.row.original.userId ?? (c.row.original.role === 'system' ? 'Marac Hub (scheduled job)' : 'No user (unknown email)')}
        {c.row.original.role === 'system' ? null : (
          <span className="app-cell-secondary">{[c.row.original.agencyName, c.row.original.role].filter(Boolean).join(' · ')}</span>
        )}
      </>
    ),
  }),
  column.accessor('action', { header: 'Action', cell: (c) => <code>{c.getValue()}</code> }),
  column.accessor('resourceType', {
    header: 'Resource',
    cell: (c) => (
      <>
        {c.getValue()}
        {c.row.original.resourceId ? <span className="app-cell-secondary app-id">{c.row.original.resourceId}</span> : null}
      </>
    ),
  }),
  column.accessor('outcome', {
    header: 'Outcome',
    cell: (c) => {
      const detail = [c.row.original.detail, c.row.original.justification].filter(Boolean).join(' — ');
      return (
        <>
          <Tag colour={outcomeColour[c.getValue() as keyof typeof outcomeColour]}>{c.getValue()}</Tag>
          {detail ? <span className="app-cell-secondary">{detail}</span> : null}
        </>
      );
    },
  }),
];

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return <DataTable caption="Audit events" columns={columns} rows={rows} rowKey={(r) => String(r.id)} empty="No events match these filters." />;
}
