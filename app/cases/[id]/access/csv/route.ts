import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { exportCaseAccessLog } from '@/lib/audit/case-log';
import { caseAccessFilterSchema } from '@/lib/audit/schemas';
import { refusalResponse } from '@/app/_lib/refusals';
import { caseAccessCsv } from '../../../../audit/csv';
import { csvHeaders } from '@/app/_lib/csv-headers';
import { readPeriodFilter } from '../../../../_lib/date-filters';

export const dynamic = 'force-dynamic';

/** Who has seen this case, for the page's filters, as a spreadsheet file. Each download is an event about the case. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return new Response('Not found', { status: 404 });
  const viewer = await requireViewer();
  const { filter } = readPeriodFilter(caseAccessFilterSchema, Object.fromEntries(new URL(request.url).searchParams));
  try {
    const log = await exportCaseAccessLog(viewer, id, filter);
    return new Response(caseAccessCsv(log.case.number, log.rows), { headers: csvHeaders(`who-has-seen-${log.case.number}.csv`) });
  } catch (err) {
    return refusalResponse(err);
  }
}
