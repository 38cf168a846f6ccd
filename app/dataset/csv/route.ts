import { requireViewer } from '@/lib/auth/current-viewer';
import { getDataset } from '@/lib/dataset/get';
import { datasetCsv, datasetFileName } from '@/lib/dataset/return';
import { refusalResponse } from '@/app/_lib/refusals';
import { csvHeaders } from '@/app/_lib/csv-headers';
import { periodFromQuery } from '../period-query';

export const dynamic = 'force-dynamic';

/** The period's national return as a spreadsheet file: counts only. Each export is an audit event (step-up). */
export async function GET(req: Request) {
  const viewer = await requireViewer();
  try {
    const dataset = await getDataset(viewer, periodFromQuery(new URL(req.url).searchParams), 'csv');
    return new Response(datasetCsv(dataset), { headers: csvHeaders(datasetFileName(dataset, 'csv')) });
  } catch (err) {
    return refusalResponse(err);
  }
}
