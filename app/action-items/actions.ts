'use server';

import { reassignActionItem, updateActionItem } from '@/lib/action-items/work';
import { runAction } from '../_lib/server-action';

export async function updateActionItemAction(raw: unknown) {
  return runAction(raw, updateActionItem);
}

export async function reassignActionItemAction(raw: unknown) {
  return runAction(raw, reassignActionItem);
}
