'use server';

import { createAgency, updateAgency } from '@/lib/agencies/save';
import { runAction } from '../_lib/server-action';

export async function createAgencyAction(raw: unknown) {
  return runAction(raw, createAgency);
}

export async function updateAgencyAction(raw: unknown) {
  return runAction(raw, async (viewer, input: Parameters<typeof updateAgency>[1]) => {
    await updateAgency(viewer, input);
    return null;
  });
}
