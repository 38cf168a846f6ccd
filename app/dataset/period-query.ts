import type { DatasetPeriodInput } from '@/lib/dataset/schemas';

/** The period an export's address names (the page's links), raw: the verb parses it. */
export function periodFromQuery(params: URLSearchParams): DatasetPeriodInput {
  const kind = params.get('period');
  if (kind === 'range') return { kind: 'range', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  if (kind === 'meeting') return { kind: 'meeting', meetingId: params.get('meetingId') ?? '' };
  return { kind: 'quarter', quarter: params.get('quarter') ?? '' };
}
