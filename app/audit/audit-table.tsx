import { Link } from '@/app/ui/link';
import type { AuditRow } from '@/lib/audit/list';
import { auditResourceLabel } from '@/lib/audit/labels';
import type { AuditOutcome } from '@/db/enums';
import { formatTimestamp } from '../_lib/format';
import { type Column, DataTable } from '../ui/data-table';
import { Tag } from '../ui/tag';
import { actionText, actorDetail, actorName, detailText, outcomeColour, outcomeText } from './describe';

/**
 * A case by its number: linked to the case when the viewer may open it, else to who has seen it when
 * the viewer may read that (an information-governance lead), else plain.
 */
function CaseNumber({ row, canSeeCaseAccess }: { row: AuditRow; canSeeCaseAccess: boolean }) {
  if (!row.caseNumber || !row.caseId) return null;
  if (row.canOpenCase) {
    return (
      <Link className="govuk-link" href={`/cases/${row.caseId}`}>
        {row.caseNumber}
      </Link>
    );
  }
  if (canSeeCaseAccess) {
    return (
      <Link className="govuk-link" href={`/cases/${row.caseId}/access`}>
        {row.caseNumber}
        <span className="govuk-visually-hidden">: who has seen this case</span>
      </Link>
    );
  }
  return <>{row.caseNumber}</>;
}

/** What the event was about: a case by its number, a user by name. */
function Resource({ row, canSeeCaseAccess }: { row: AuditRow; canSeeCaseAccess: boolean }) {
  const theCase = row.caseNumber ? <CaseNumber row={row} canSeeCaseAccess={canSeeCaseAccess} /> : null;
  if (row.resourceType === 'case') {
    return <>Case {theCase ?? (row.resourceId ? <span className="app-cell-secondary app-id">{row.resourceId}</span> : null)}</>;
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

function columnsFor(canSeeCaseAccess: boolean): Column<AuditRow>[] {
  return [
    { id: 'occurredAt', header: 'When (UK time)', cell: (row) => formatTimestamp(row.occurredAt) },
    {
      id: 'userName',
      header: 'User',
      cell: (row) => {
        const detail = actorDetail(row);
        return (
          <>
            {row.userId && row.userName ? (
              <Link className="govuk-link" href={`/audit/users/${row.userId}`}>
                {row.userName}
                <span className="govuk-visually-hidden">: everything they touched</span>
              </Link>
            ) : (
              actorName(row)
            )}
            {detail ? <span className="app-cell-secondary">{detail}</span> : null}
          </>
        );
      },
    },
    { id: 'action', header: 'Action', cell: (row) => actionText(row.action) },
    { id: 'resourceType', header: 'About', cell: (row) => <Resource row={row} canSeeCaseAccess={canSeeCaseAccess} /> },
    {
      id: 'outcome',
      header: 'Outcome',
      cell: (row) => {
        const detail = [detailText(row.detail), row.justification].filter(Boolean).join(' — ');
        const outcome = row.outcome as AuditOutcome;
        return (
          <>
            <Tag colour={outcomeColour[outcome]}>{outcomeText(outcome)}</Tag>
            {detail ? <span className="app-cell-secondary">{detail}</span> : null}
          </>
        );
      },
    },
  ];
}

const withCaseAccess = columnsFor(true);
const withoutCaseAccess = columnsFor(false);

export function AuditTable({ rows, canSeeCaseAccess = false }: { rows: AuditRow[]; canSeeCaseAccess?: boolean }) {
  return (
    <DataTable
      caption="Audit events"
      columns={canSeeCaseAccess ? withCaseAccess : withoutCaseAccess}
      rows={rows}
      rowKey={(r) => String(r.id)}
      empty="No events match these filters."
    />
  );
}
