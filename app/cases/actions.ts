'use server';

import { revealProtectedFields } from '@/lib/cases/reveal';
import { runAction } from '../_lib/server-action';
import { revealedRows } from './[id]/revealed-rows';

export async function revealProtectedAction(raw: unknown) {
  return runAction(raw, async (viewer, input: Parameters<typeof revealProtectedFields>[1]) => revealedRows(await revealProtectedFields(viewer, input)));
}
