import { requireViewer } from '@/lib/auth/current-viewer';
import { escalationCsv, listEscalations } from '@/lib/action-items/escalation';
import { refusalResponse } from '@/app/_lib/refusals';
import { csvHeaders } from '@/app/_lib/csv-headers';

export const dynamic = 'force-dynamic';

/** The escalation list as a spreadsheet file. Each export is an audit event. */
export async function GET() {
  const viewer = await requireViewer();
  try {
    const rows = await listEscalations(viewer, 'export');
    return new Response(escalationCsv(rows), { headers: csvHeaders('marac-escalation-list.csv') });
  } catch (err) {
    return refusalResponse(err);
  }
}
