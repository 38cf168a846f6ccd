import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { referrals } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import type { ReferralForm } from '@/lib/referrals/form-schema';
import { protectedFieldsOf } from '@/lib/referrals/protected-fields';
import { loadCaseFor } from './access';
import type { RevealInput } from './reveal-schema';


/**
 * Shows the victim's protected contact details to a viewer who may see the case but not, by default,
 * those details. The reason is recorded with the event; nothing is revealed without one.
 */
export function revealProtectedFields(viewer: Viewer, input: RevealInput): Promise<Record<string, string>> {
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, input.caseId, 'case.reveal_protected');
    const [latest] = await tx
      .select({ form: referrals.form })
      .from(referrals)
      .where(and(eq(referrals.caseId, found.id), eq(referrals.status, 'accepted')))
      .orderBy(desc(referrals.submittedAt))
      .limit(1);
    await recordAudit(tx, me, {
      action: 'case.reveal_protected',
      resourceType: 'case',
      resourceId: found.id,
      caseId: found.id,
      justification: input.reason,
    });
    return protectedFieldsOf((latest?.form ?? {}) as ReferralForm);
  });
}
