'use server';

import { revealProtectedFields } from '@/lib/cases/reveal';
import { revealSchema } from '@/lib/cases/reveal-schema';
import { runAction } from '../_lib/server-action';

export async function revealProtectedAction(raw: unknown) {
  return runAction(revealSchema, raw, revealProtectedFields);
}
