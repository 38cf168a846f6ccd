import { requireViewer } from '@/lib/auth/current-viewer';
import { exportAuditEvents } from '@/lib/audit/list';
import { auditFilterSchema } from '@/lib/audit/schemas';
import { todayInUk } from '@/db/clock';
import { refusalResponse } from '@/app/_lib/refusals';
import { auditCsv } from '../csv';
import { csvHeaders } from '@/app/_lib/csv-headers';
import { readPeriodFilter } from '../../_lib/date-filters';

export const dynamic = 'force-dynamic';

/** The audit log's events for the page's filters, as a spreadsheet file. Each download is an audit event. */
export async function GET(request: Request) {
  const viewer = await requireViewer();
  const { filter } = readPeriodFilter(auditFilterSchema, Object.fromEntries(new URL(request.url).searchParams));
  try {
    const { rows, caseFilter } = await exportAuditEvents(viewer, filter);
    const about = caseFilter?.caseId ? `-${caseFilter.number}` : '';
    return new Response(auditCsv(rows), { headers: csvHeaders(`marac-audit-log${about}-${todayInUk()}.csv`) });
  } catch (err) {
    return refusalResponse(err);
  }
}
