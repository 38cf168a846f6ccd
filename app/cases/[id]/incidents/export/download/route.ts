import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { exportIncidentLog, logCsv } from '@/lib/incidents/export';
import { fromAnotherSite, isForeignOrigin } from '@/lib/input/request-guard';
import { refusalOf, refusalResponse } from '@/app/_lib/refusals';
import { seeOther } from '@/app/_lib/evidence-http';
import { pdfResponse } from '@/app/_pdf/respond';
import { incidentLogPdf } from '../log-pdf';

export const dynamic = 'force-dynamic';

/**
 * A case's incident log as a PDF or a CSV download, from the export form (posted, so a reason for
 * including the victim's contact details is never in a URL). A choice left out or a reason missing
 * goes back to the form, which says what is wrong; each export is audited by the verb.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return new Response('Not found', { status: 404 });
  if (isForeignOrigin(request)) return fromAnotherSite();
  const viewer = await requireViewer();
  let form: FormData | null;
  try {
    form = await request.formData();
  } catch {
    form = null;
  }
  const field = (name: string) => (typeof form?.get(name) === 'string' ? (form.get(name) as string) : undefined);
  try {
    const log = await exportIncidentLog(viewer, { caseId: id, format: field('format'), includeProtected: field('includeProtected'), reason: field('reason') });
    const name = `incident-log-${log.caseNumber}`;
    if (field('format') === 'csv') {
      return new Response(logCsv(log), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"`, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
      });
    }
    return pdfResponse(await incidentLogPdf(log), `${name}.pdf`);
  } catch (err) {
    const refusal = refusalOf(err);
    if (refusal?.kind === 'input') {
      // Back to the form with what was chosen (never the reason, which may be personal) and which field is wrong.
      const back = new URLSearchParams({ problem: Object.keys(refusal.fieldErrors)[0] ?? 'format' });
      if (field('format')) back.set('format', field('format')!);
      if (field('includeProtected')) back.set('includeProtected', 'yes');
      return seeOther(`/cases/${id}/incidents/export?${back}#${back.get('problem')}`);
    }
    return refusalResponse(err);
  }
}
