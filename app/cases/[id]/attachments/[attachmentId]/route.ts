import { requireViewer } from '@/lib/auth/current-viewer';
import { downloadAttachment } from '@/lib/incidents/attachments';
import { refusalResponse } from '@/app/_lib/refusals';
import { fileResponse, seeOther } from '@/app/_lib/evidence-http';

export const dynamic = 'force-dynamic';

/** An evidence file as those who see the case get it: an image without its metadata; checked against its hash. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  const viewer = await requireViewer();
  try {
    const download = await downloadAttachment(viewer, { caseId: id, attachmentId });
    if ('altered' in download) return seeOther(`/cases/${id}/incidents/${download.altered.number}?failed=${download.altered.attachmentId}`);
    return fileResponse(download.file);
  } catch (err) {
    return refusalResponse(err);
  }
}
