import { requireViewer } from '@/lib/auth/current-viewer';
import { escalationCsv, listEscalations } from '@/lib/action-items/escalation';
import { refusalResponse } from '@/app/_lib/refusals';

export const dynamic = 'force-dynamic';

/** The escalation list as a spreadsheet file. Each export is an audit event. */
export async function GET() {
  const viewer = await requireViewer();
  try {
    const rows = await listEscalations(viewer, 'export');
    return new Response(escalationCsv(rows), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="marac-escalation-list.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (err) {
    return refusalResponse(err);
  }
}
