'use server';

import { addSupportService, updateSupportService } from '@/lib/support-services/directory';
import { runAction } from '../../_lib/server-action';

export async function addSupportServiceAction(raw: unknown) {
  return runAction(raw, addSupportService);
}

export async function updateSupportServiceAction(raw: unknown) {
  return runAction(raw, updateSupportService);
}
