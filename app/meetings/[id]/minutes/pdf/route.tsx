import { renderToBuffer } from '@react-pdf/renderer';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getFinalMinutes } from '@/lib/meetings/finalise';
import { pdfResponse } from '../../../../_pdf/respond';
import { refusalResponse } from '@/app/_lib/refusals';
import { MinutesDocument } from '../../../../_pdf/documents';

export const dynamic = 'force-dynamic';

/** The finalised minutes as a PDF. Generating it is an audit event. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return new Response('Not found', { status: 404 });
  const viewer = await requireViewer();
  try {
    const minutes = await getFinalMinutes(viewer, id, 'pdf');
    const buffer = await renderToBuffer(<MinutesDocument minutes={minutes.current} revision={minutes.revision} revisions={minutes.revisions} />);
    return pdfResponse(buffer, `marac-minutes-${minutes.current.startsAt.slice(0, 10)}.pdf`);
  } catch (err) {
    return refusalResponse(err);
  }
}
