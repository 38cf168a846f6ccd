'use server';

import { updateSafetyItem } from '@/lib/safety-plan/plan';
import { runAction } from '../../../_lib/server-action';

export async function updateSafetyItemAction(raw: unknown) {
  return runAction(raw, updateSafetyItem);
}
