import { createColumnHelper } from '@tanstack/react-table';
import type { CaseAccessRow } from '@/lib/audit/case-log';
import { formatTimestamp } from '../../../_lib/format';
import { actionText, actorDetail, actorName, caseEventRecord, detailText, outcomeColour, outcomeText } from '../../../audit/describe';
import { DataTable } from '../../../ui/data-table';
import { Tag } from '../../../ui/tag';

const column = createColumnHelper<CaseAccessRow>();

const columns = [
  column.accessor('occurredAt', { header: 'When (UK time)', cell: (c) => formatTimestamp(c.getValue()) }),
  column.accessor('userName', {
    header: 'Who',
    cell: (c) => {
      const detail = actorDetail(c.row.original);
      return (
        <>
          {actorName(c.row.original)}
          {detail ? <span className="app-cell-secondary">{detail}</span> : null}
        </>
      );
    },
  }),
  column.accessor('action', {
    header: 'What',
    cell: (c) => (
      <>
        {actionText(c.getValue())}
        <span className="app-cell-secondary">{caseEventRecord(c.row.original)}</span>
      </>
    ),
  }),
  column.accessor('justification', { header: 'Why', cell: (c) => c.getValue() ?? '—' }),
  column.accessor('outcome', {
    header: 'Outcome',
    cell: (c) => {
      const detail = detailText(c.row.original.detail);
      return (
        <>
          <Tag colour={outcomeColour[c.getValue()]}>{outcomeText(c.getValue())}</Tag>
          {detail ? <span className="app-cell-secondary">{detail}</span> : null}
        </>
      );
    },
  }),
];

export function CaseAccessTable({ rows }: { rows: CaseAccessRow[] }) {
  return <DataTable caption="Events about this case" columns={columns} rows={rows} rowKey={(r) => String(r.id)} empty="No events match these filters." />;
}
