'use server';

import { redirect } from 'next/navigation';
import { requireViewer } from '@/lib/auth/current-viewer';
import { createReferral } from '@/lib/referrals/create';
import { saveReferralStep } from '@/lib/referrals/save-step';
import { screenReferral } from '@/lib/referrals/screen';
import { submitReferral } from '@/lib/referrals/submit';
import { runAction } from '../_lib/server-action';

export async function createReferralAction(): Promise<void> {
  const viewer = await requireViewer();
  const { referralId } = await createReferral(viewer);
  redirect(`/referrals/${referralId}`);
}

/** Saves one step. The step's values are parsed by that step's own schema, the one its form used. */
export async function saveStepAction(raw: unknown) {
  return runAction(raw, saveReferralStep);
}

export async function submitReferralAction(raw: unknown) {
  return runAction(raw, submitReferral);
}

export async function screenReferralAction(raw: unknown) {
  return runAction(raw, screenReferral);
}
