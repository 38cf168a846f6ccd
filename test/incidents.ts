// Incident log entries for integration tests, through the product's own verb, with only what a test
// cares about given: the rest is a plain social-media post.
import type { Viewer } from '@/lib/auth/viewer-type';
import { recordIncident } from '@/lib/incidents/log';
import type { RecordIncidentInput } from '@/lib/incidents/schemas';

export interface TestEntry {
  /** YYYY-MM-DD, at the time given (UK time), 10:00 unless said. */
  on: string;
  time?: string;
  channel: string;
  behaviours?: string[];
  summary?: string;
  platform?: string;
}

export function entryInput(caseId: string, e: TestEntry): RecordIncidentInput {
  const [year, month, day] = e.on.split('-');
  return {
    caseId,
    occurredPrecision: 'exact',
    occurredOn: { day, month, year },
    occurredTime: e.time ?? '10:00',
    channel: e.channel,
    platform: e.platform ?? 'Chatterbox',
    account: '@test_account',
    url: '',
    summary: e.summary ?? `Incident on ${e.on}`,
    behaviours: e.behaviours ?? [],
    originalKeptAt: '',
    witnesses: '',
  } as unknown as RecordIncidentInput;
}

/** Records the entries in the order given (numbered 1, 2, 3… in that order). */
export async function recordEntries(viewer: Viewer, caseId: string, entries: readonly TestEntry[]): Promise<void> {
  for (const e of entries) await recordIncident(viewer, entryInput(caseId, e));
}
