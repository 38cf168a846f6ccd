import { renderToBuffer } from '@react-pdf/renderer';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getActionPlan } from '@/lib/cases/action-plan';
import { pdfResponse } from '../../../_pdf/respond';
import { refusalResponse } from '@/app/_lib/refusals';
import { ActionPlanDocument } from '../../../_pdf/documents';

export const dynamic = 'force-dynamic';

/** A case's action plan as a PDF. Generating it is an audit event. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return new Response('Not found', { status: 404 });
  const viewer = await requireViewer();
  try {
    const plan = await getActionPlan(viewer, id);
    return pdfResponse(await renderToBuffer(<ActionPlanDocument plan={plan} />), `action-plan-${plan.caseNumber}.pdf`);
  } catch (err) {
    return refusalResponse(err);
  }
}
