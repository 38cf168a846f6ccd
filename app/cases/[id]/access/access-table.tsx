import type { CaseAccessRow } from '@/lib/audit/case-log';
import { formatTimestamp } from '../../../_lib/format';
import { actionText, actorDetail, actorName, caseEventRecord, detailText, outcomeColour, outcomeText } from '../../../audit/describe';
import { type Column, DataTable } from '../../../ui/data-table';
import { Tag } from '../../../ui/tag';

const columns: Column<CaseAccessRow>[] = [
  { id: 'occurredAt', header: 'When (UK time)', cell: (r) => formatTimestamp(r.occurredAt) },
  {
    id: 'userName',
    header: 'Who',
    cell: (r) => {
      const detail = actorDetail(r);
      return (
        <>
          {actorName(r)}
          {detail ? <span className="app-cell-secondary">{detail}</span> : null}
        </>
      );
    },
  },
  {
    id: 'action',
    header: 'What',
    cell: (r) => (
      <>
        {actionText(r.action)}
        <span className="app-cell-secondary">{caseEventRecord(r)}</span>
      </>
    ),
  },
  { id: 'justification', header: 'Why', cell: (r) => r.justification ?? '—' },
  {
    id: 'outcome',
    header: 'Outcome',
    cell: (r) => {
      const detail = detailText(r.detail);
      return (
        <>
          <Tag colour={outcomeColour[r.outcome]}>{outcomeText(r.outcome)}</Tag>
          {detail ? <span className="app-cell-secondary">{detail}</span> : null}
        </>
      );
    },
  },
];

export function CaseAccessTable({ rows }: { rows: CaseAccessRow[] }) {
  return <DataTable caption="Events about this case" columns={columns} rows={rows} rowKey={(r) => String(r.id)} empty="No events match these filters." />;
}
