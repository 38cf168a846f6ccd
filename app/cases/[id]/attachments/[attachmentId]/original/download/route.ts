import { requireViewer } from '@/lib/auth/current-viewer';
import { downloadOriginal } from '@/lib/incidents/attachments';
import { fromAnotherSite, isForeignOrigin } from '@/lib/input/request-guard';
import { refusalOf, refusalResponse } from '@/app/_lib/refusals';
import { fileResponse, seeOther } from '@/app/_lib/evidence-http';

export const dynamic = 'force-dynamic';

/**
 * The original of an evidence file, byte for byte, for the police, with the reason from the form on
 * the page before (posted, so the reason is never in a URL). A missing reason goes back to the form.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  if (isForeignOrigin(request)) return fromAnotherSite();
  const viewer = await requireViewer();
  let reason: unknown;
  try {
    reason = (await request.formData()).get('reason');
  } catch {
    reason = null;
  }
  try {
    const download = await downloadOriginal(viewer, { caseId: id, attachmentId, reason: typeof reason === 'string' ? reason : '' });
    if ('altered' in download) return seeOther(`/cases/${id}/incidents/${download.altered.number}?failed=${download.altered.attachmentId}`);
    return fileResponse(download.file);
  } catch (err) {
    // A reason left blank (or too long for the box to allow) is asked for again.
    if (refusalOf(err)?.kind === 'input') return seeOther(`/cases/${id}/attachments/${attachmentId}/original?problem=reason#reason`);
    return refusalResponse(err);
  }
}
