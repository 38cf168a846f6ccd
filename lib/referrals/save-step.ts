import 'server-only';
import { isEditable } from './status';
import { and, eq, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies, referrals, type Referral } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import type { z } from 'zod';
import { parseInput } from '@/lib/input/parse';
import { completeSchemaFor, draftSchemaFor, saveStepSchema } from './form/schemas';
import { areaThresholds, columnsFromForm, loadReferral } from './record';

/**
 * Saves one step of a draft (or returned) referral made by the viewer's agency. A save made from an
 * older version than the referral's is refused. The step's values are parsed by that step's schema;
 * a save that continues to the next step ("Save and continue") also needs the step complete.
 */
export async function saveReferralStep(viewer: Viewer, raw: z.input<typeof saveStepSchema>): Promise<{ version: number }> {
  const envelope = saveStepSchema.safeParse(raw);
  // The referral, its version and the step come from the page, not from anything typed: a page that
  // sends ones that do not parse is broken or forged, and nothing on it can be saved.
  if (!envelope.success) throw new InputRejected({ form: 'The form could not be read. Reload the page and try again.' });
  const input = { ...envelope.data, values: parseInput(draftSchemaFor(envelope.data.step), envelope.data.values) };
  if (input.complete) parseInput(completeSchemaFor(input.step), envelope.data.values);
  return withViewer(viewer, async (tx, me) => {
    const referral = await loadReferral(tx, input.referralId, true);
    if (!referral) throw new AccessDenied('referral.edit', 'referral', input.referralId, true);
    assertCan(me, 'referral.edit', { areaId: referral.areaId, agencyId: referral.referringAgencyId }, { type: 'referral', id: referral.id });
    if (!isEditable(referral.status)) {
      throw new InputRejected({ form: 'This referral has been submitted and can no longer be changed.' });
    }
    if (referral.version !== input.version) throw new StaleVersion();

    if (input.step === 'referrer') await checkJointAgency(tx, referral, (input.values as Record<string, string>).jointAgency);

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

/**
 * A joint referral names another open agency of the referral's own area: any other id (a closed
 * agency, the referring agency itself, one of another area, or one that does not exist) is refused
 * the same way, as a choice not on the list.
 */
async function checkJointAgency(tx: Tx, referral: Referral, agencyId: string | undefined): Promise<void> {
  if (!agencyId) return;
  const [found] = await tx
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.id, agencyId), eq(agencies.areaId, referral.areaId), eq(agencies.active, true), ne(agencies.id, referral.referringAgencyId)));
  if (!found) throw new InputRejected({ jointAgency: 'Select an agency from the list' });
}
