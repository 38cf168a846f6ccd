'use server';

import { reassignActionSchema, updateActionSchema } from '@/lib/action-items/schemas';
import { reassignActionItem, updateActionItem } from '@/lib/action-items/work';
import { runAction } from '../_lib/server-action';

export async function updateActionItemAction(raw: unknown) {
  return runAction(updateActionSchema, raw, updateActionItem);
}

export async function reassignActionItemAction(raw: unknown) {
  return runAction(reassignActionSchema, raw, reassignActionItem);
}
