// The CSV downloads of the audit log and of a case's "who has seen this case": what the page shows, a
// line per event, in the same words, marked OFFICIAL-SENSITIVE. Every cell is defused against
// spreadsheet formulas (lib/csv.ts).
import type { AuditRow } from '@/lib/audit/list';
import type { CaseAccessRow } from '@/lib/audit/case-log';
import { toCsv } from '@/lib/csv';
import { formatTimestamp } from '../_lib/format';
import { actionText, actorName, auditEventRecord, caseEventRecord, detailText, outcomeText, roleLabel } from './describe';

const MARKING = 'OFFICIAL-SENSITIVE';

function marked(csv: string): string {
  return `"${MARKING}"\r\n${csv}`;
}

export function caseAccessCsv(caseNumber: string, rows: CaseAccessRow[]): string {
  const header = ['Case', 'When (UK time)', 'Timestamp (UTC)', 'Who', 'Agency', 'Role', 'What', 'Record', 'Why', 'Outcome', 'Outcome detail', 'Request id'];
  return marked(
    toCsv(
      header,
      rows.map((r) => [
        caseNumber,
        formatTimestamp(r.occurredAt),
        r.occurredAt.toISOString(),
        actorName(r),
        r.agencyName,
        roleLabel(r.role),
        actionText(r.action),
        caseEventRecord(r),
        r.justification,
        outcomeText(r.outcome),
        detailText(r.detail),
        r.requestId,
      ]),
    ),
  );
}

export function auditCsv(rows: AuditRow[]): string {
  const header = ['When (UK time)', 'Timestamp (UTC)', 'User', 'Agency', 'Role', 'Action', 'About', 'Case', 'Outcome', 'Outcome detail', 'Why', 'Request id'];
  return marked(
    toCsv(
      header,
      rows.map((r) => [
        formatTimestamp(r.occurredAt),
        r.occurredAt.toISOString(),
        actorName(r),
        r.agencyName,
        roleLabel(r.role),
        actionText(r.action),
        auditEventRecord(r),
        r.caseNumber,
        outcomeText(r.outcome),
        detailText(r.detail),
        r.justification,
        r.requestId,
      ]),
    ),
  );
}
