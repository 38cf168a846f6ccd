'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { createReferral } from '@/lib/referrals/create';
import { screenReferralSchema, submitReferralSchema } from '@/lib/referrals/decision-schemas';
import { draftSchemaFor, type ReferralForm } from '@/lib/referrals/form/schemas';
import { referralSteps, type ReferralStep } from '@/lib/referrals/form/fields';
import { saveReferralStep } from '@/lib/referrals/save-step';
import { screenReferral } from '@/lib/referrals/screen';
import { submitReferral } from '@/lib/referrals/submit';
import { fieldErrorsOf, runAction, type ActionResult } from '../_lib/server-action';

export async function createReferralAction(): Promise<void> {
  const viewer = await requireViewer();
  const { referralId } = await createReferral(viewer);
  redirect(`/referrals/${referralId}`);
}

const saveSchema = z.object({
  referralId: z.uuid(),
  version: z.coerce.number().int().min(1),
  step: z.enum(referralSteps),
  values: z.unknown(),
});

/** Saves one step. The step's values are parsed by that step's own schema, the one its form used. */
export async function saveStepAction(raw: unknown): Promise<ActionResult<{ version: number }>> {
  const envelope = saveSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, fieldErrors: {}, formError: 'The form could not be read. Reload the page and try again.' };
  const values = draftSchemaFor(envelope.data.step).safeParse(envelope.data.values);
  if (!values.success) return { ok: false, fieldErrors: fieldErrorsOf(values.error) };
  return runAction(saveSchema, raw, (viewer, input) =>
    saveReferralStep(viewer, { ...input, step: input.step as ReferralStep, values: values.data as ReferralForm[ReferralStep] }),
  );
}

export async function submitReferralAction(raw: unknown) {
  return runAction(submitReferralSchema, raw, submitReferral);
}

export async function screenReferralAction(raw: unknown) {
  return runAction(screenReferralSchema, raw, screenReferral);
}
