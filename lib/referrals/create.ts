import 'server-only';
import { eq } from 'drizzle-orm';
import { referrals, referralStatusChanges, users } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import type { ReferralForm } from './form/schemas';

/** Starts a draft referral for the viewer's agency, with the referrer's own details filled in. */
export function createReferral(viewer: Viewer): Promise<{ referralId: string }> {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'referral.create', { areaId: me.areaId }, { type: 'referral' });
    const [self] = await tx.select({ email: users.email }).from(users).where(eq(users.id, me.userId));
    const form: ReferralForm = { referrer: { name: me.name, jobTitle: '', phone: '', email: self.email } };
    const [created] = await tx
      .insert(referrals)
      .values({ areaId: me.areaId, referringAgencyId: me.agencyId, referrerUserId: me.userId, form })
      .returning({ id: referrals.id });
    await tx.insert(referralStatusChanges).values({ referralId: created.id, fromStatus: null, toStatus: 'draft', userId: me.userId });
    await recordAudit(tx, me, { action: 'referral.create', resourceType: 'referral', resourceId: created.id });
    return { referralId: created.id };
  });
}
