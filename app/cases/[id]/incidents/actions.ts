'use server';

import { addPastedText } from '@/lib/incidents/attachments';
import { correctIncident, recordIncident, withdrawIncident } from '@/lib/incidents/log';
import { runAction } from '../../../_lib/server-action';

export async function recordIncidentAction(raw: unknown) {
  return runAction(raw, recordIncident);
}

export async function correctIncidentAction(raw: unknown) {
  return runAction(raw, correctIncident);
}

export async function withdrawIncidentAction(raw: unknown) {
  return runAction(raw, withdrawIncident);
}

export async function pasteTextAction(raw: unknown) {
  return runAction(raw, addPastedText);
}
