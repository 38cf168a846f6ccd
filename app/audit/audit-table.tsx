'use client';

import Link from 'next/link';
import { createColumnHelper } from '@tanstack/react-table';
import type { AuditRow } from '@/lib/audit/list';
import { auditActionLabel, auditOutcomeLabels, auditResourceLabel } from '@/lib/audit/labels';
import { roleLabels } from '@/lib/users/schemas';
import type { AuditOutcome } from '@/db/enums';
import { formatTimestamp } from '../_lib/format';
import { DataTable } from '../ui/data-table';
import { Tag } from '../ui/tag';

const column = createColumnHelper<AuditRow>();

const outcomeColour = { allowed: 'green', denied: 'red', error: 'orange' } as const;

/** What the event was about: a case by its number (linked when the viewer may open it), a user by name. */
function Resource({ row }: { row: AuditRow }) {
  const theCase = row.caseNumber ? (
    row.canOpenCase && row.caseId ? (
      <Link className="govuk-link" href={`/cases/${row.caseId}`}>
        {row.caseNumber}
      </Link>
    ) : (
      row.caseNumber
    )
  ) : null;
  if (row.resourceType === 'case') {
    return (
      <>
        Case {theCase ?? (row.resourceId ? <span className="app-cell-secondary app-id">{row.resourceId}</span> : null)}
      </>
    );
  }
  return (
    <>
      {auditResourceLabel(row.resourceType)}
      {row.subjectUserName ? `: ${row.subjectUserName}` : null}
      {theCase ? <span className="app-cell-secondary">Case {theCase}</span> : null}
      {row.casesShown ? <span className="app-cell-secondary">{row.casesShown === 1 ? '1 case shown' : `${row.casesShown} cases shown`}</span> : null}
      {row.resourceId && !row.subjectUserName ? <span className="app-cell-secondary app-id">{row.resourceId}</span> : null}
    </>
  );
}

const columns = [
  column.accessor('occurredAt', { header: 'When (UK time)', cell: (c) => formatTimestamp(c.getValue()) }),
  column.accessor('userName', {
    header: 'User',
    cell: (c) => {
      const { role, agencyName, userId } = c.row.original;
      return (
        <>
          {c.getValue() ?? userId ?? (role === 'system' ? 'Marac Hub (the system)' : 'No user (unknown email)')}
          {role === 'system' ? null : (
            <span className="app-cell-secondary">{[agencyName, role ? (roleLabels[role as keyof typeof roleLabels] ?? role) : null].filter(Boolean).join(' · ')}</span>
          )}
        </>
      );
    },
  }),
  column.accessor('action', { header: 'Action', cell: (c) => auditActionLabel(c.getValue()) }),
  column.accessor('resourceType', { header: 'About', cell: (c) => <Resource row={c.row.original} /> }),
  column.accessor('outcome', {
    header: 'Outcome',
    cell: (c) => {
      const detail = [c.row.original.detail, c.row.original.justification].filter(Boolean).join(' — ');
      const outcome = c.getValue() as AuditOutcome;
      return (
        <>
          <Tag colour={outcomeColour[outcome]}>{auditOutcomeLabels[outcome] ?? outcome}</Tag>
          {detail ? <span className="app-cell-secondary">{detail}</span> : null}
        </>
      );
    },
  }),
];

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return <DataTable caption="Audit events" columns={columns} rows={rows} rowKey={(r) => String(r.id)} empty="No events match these filters." />;
}
