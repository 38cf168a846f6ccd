import 'server-only';
import { isEditable } from './status';
import { and, eq } from 'drizzle-orm';
import { referrals } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import type { ReferralForm } from './form/schemas';
import type { ReferralStep } from './form/fields';
import { areaThresholds, columnsFromForm, loadReferral } from './record';


export interface SaveStepInput {
  referralId: string;
  /** The version the user's page was loaded at: a save against an older one is refused. */
  version: number;
  step: ReferralStep;
  /** The step's values, already parsed by its draft schema. */
  values: ReferralForm[ReferralStep];
}

/** Saves one step of a draft (or returned) referral made by the viewer's agency. */
export function saveReferralStep(viewer: Viewer, input: SaveStepInput): Promise<{ version: number }> {
  return withViewer(viewer, async (tx, me) => {
    const referral = await loadReferral(tx, input.referralId, true);
    if (!referral) throw new AccessDenied('referral.edit', 'referral', input.referralId, true);
    assertCan(me, 'referral.edit', { areaId: referral.areaId, agencyId: referral.referringAgencyId }, { type: 'referral', id: referral.id });
    if (!isEditable(referral.status)) {
      throw new InputRejected({ form: 'This referral has been submitted and can no longer be changed.' });
    }
    if (referral.version !== input.version) throw new StaleVersion();

    const form = { ...referral.form, [input.step]: input.values };
    const thresholds = await areaThresholds(tx, referral.areaId);
    const [saved] = await tx
      .update(referrals)
      .set({ form, version: referral.version + 1, ...columnsFromForm(form, thresholds, referral.repeat) })
      .where(and(eq(referrals.id, referral.id), eq(referrals.version, input.version)))
      .returning({ version: referrals.version });
    await recordAudit(tx, me, { action: 'referral.save', resourceType: 'referral', resourceId: referral.id, caseId: referral.caseId, detail: `step_${input.step}` });
    return { version: saved.version };
  });
}
