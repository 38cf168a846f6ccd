import 'server-only';
import { eq } from 'drizzle-orm';
import { referrals, referralStatusChanges } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import { referralSteps, stepTitles } from './form/fields';
import { stepProblems } from './form/progress';
import { refreshMatches } from './matching';
import { areaThresholds, columnsFromForm, loadReferral } from './record';
import { isEditable } from './status';
import { now, todayInUk } from '@/db/clock';
import type { z } from 'zod';
import { parseInput } from '@/lib/input/parse';
import { submitReferralSchema } from './decision-schemas';


/**
 * Sends a complete referral to the MARAC coordinator (again, with an answer, if it was returned),
 * and looks for earlier cases of the same victim or perpetrator.
 */
export async function submitReferral(viewer: Viewer, raw: z.input<typeof submitReferralSchema>): Promise<{ status: 'submitted' }> {
  const input = parseInput(submitReferralSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const referral = await loadReferral(tx, input.referralId, true);
    if (!referral) throw new AccessDenied('referral.edit', 'referral', input.referralId, true);
    assertCan(me, 'referral.edit', { areaId: referral.areaId, agencyId: referral.referringAgencyId }, { type: 'referral', id: referral.id });
    if (!isEditable(referral.status)) {
      throw new InputRejected({ form: 'This referral has already been submitted.' });
    }
    if (referral.version !== input.version) throw new StaleVersion();

    const form = referral.form;
    const incomplete: Record<string, string> = {};
    for (const step of referralSteps) {
      const { state, problems } = stepProblems(form, step);
      if (state === 'not_started' || state === 'in_progress') incomplete[step] = `${stepTitles[step]}: ${problems[0]?.message ?? 'not complete'}`;
    }
    const answer = input.answer?.trim() ?? '';
    if (referral.status === 'returned' && !answer) incomplete.answer = 'Answer the coordinator’s question before you submit again';
    if (Object.keys(incomplete).length) throw new InputRejected(incomplete);

    const thresholds = await areaThresholds(tx, referral.areaId);
    const [submitted] = await tx
      .update(referrals)
      .set({ ...columnsFromForm(form, thresholds, false), status: 'submitted', submittedAt: now(), version: referral.version + 1 })
      .where(eq(referrals.id, referral.id))
      .returning();
    await tx.insert(referralStatusChanges).values({
      referralId: referral.id,
      fromStatus: referral.status,
      toStatus: 'submitted',
      userId: me.userId,
      note: answer || null,
    });
    await refreshMatches(tx, submitted, todayInUk());
    await recordAudit(tx, me, {
      action: 'referral.submit',
      resourceType: 'referral',
      resourceId: referral.id,
      detail: referral.status === 'returned' ? 'resubmitted' : null,
    });
    return { status: 'submitted' as const };
  });
}
