import { renderToBuffer } from '@react-pdf/renderer';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getDataset } from '@/lib/dataset/get';
import { datasetFileName } from '@/lib/dataset/return';
import { refusalResponse } from '@/app/_lib/refusals';
import { pdfResponse } from '../../_pdf/respond';
import { DatasetDocument } from '../../_pdf/dataset-document';
import { periodFromQuery } from '../period-query';

export const dynamic = 'force-dynamic';

/** The period's figures for the steering group as a PDF: counts only. Each export is an audit event (step-up). */
export async function GET(req: Request) {
  const viewer = await requireViewer();
  let dataset;
  try {
    dataset = await getDataset(viewer, periodFromQuery(new URL(req.url).searchParams), 'pdf');
  } catch (err) {
    return refusalResponse(err);
  }
  const buffer = await renderToBuffer(<DatasetDocument dataset={dataset} />);
  return pdfResponse(buffer, datasetFileName(dataset, 'pdf'));
}
