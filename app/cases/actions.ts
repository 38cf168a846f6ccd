'use server';

import { revealProtectedFields } from '@/lib/cases/reveal';
import { runAction } from '../_lib/server-action';

export async function revealProtectedAction(raw: unknown) {
  return runAction(raw, revealProtectedFields);
}
