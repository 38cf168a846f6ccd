'use server';

import { createAgency, updateAgency } from '@/lib/agencies/save';
import { createAgencySchema, updateAgencySchema } from '@/lib/agencies/schemas';
import { runAction } from '../_lib/server-action';

export async function createAgencyAction(raw: unknown) {
  return runAction(createAgencySchema, raw, createAgency);
}

export async function updateAgencyAction(raw: unknown) {
  return runAction(updateAgencySchema, raw, async (viewer, input) => {
    await updateAgency(viewer, input);
    return null;
  });
}
