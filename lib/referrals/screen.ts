import 'server-only';
import { awaitsScreening } from './status';
import { and, eq } from 'drizzle-orm';
import { cases, referralMatches, referrals, referralStatusChanges } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { nextCaseNumber } from '@/lib/cases/number';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import { notifyUsers } from '@/lib/notifications/notify';
import { refreshMatches } from './matching';
import { areaThresholds, loadReferral } from './record';
import { now, todayInUk } from '@/db/clock';
import type { z } from 'zod';
import { parseInput } from '@/lib/input/parse';
import { screenReferralSchema } from './decision-schemas';


/**
 * The coordinator screens a submitted referral: accepts it (into a new case, or into the case of a
 * confirmed earlier match of the victim), returns it to the referrer with a question, or declines it
 * with a reason. An accepted referral is a repeat when a confirmed match was heard at a MARAC within
 * the last 12 months. The case is then waiting for the next meeting's agenda.
 */
export async function screenReferral(viewer: Viewer, raw: z.input<typeof screenReferralSchema>): Promise<{ caseId: string | null; repeat: boolean }> {
  const input = parseInput(screenReferralSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const referral = await loadReferral(tx, input.referralId, true);
    if (!referral) throw new AccessDenied('referral.screen', 'referral', input.referralId, true);
    assertCan(me, 'referral.screen', { areaId: referral.areaId }, { type: 'referral', id: referral.id });
    if (!awaitsScreening(referral.status)) throw new InputRejected({ decision: 'This referral is not waiting for screening.' });
    if (referral.version !== input.version) throw new StaleVersion();

    let caseId: string | null = null;
    let repeat = false;
    if (input.decision === 'accept') {
      // Matches are looked for again now: cases may have been accepted since the referral came in.
      await refreshMatches(tx, referral, todayInUk());
      const matches = await tx.select().from(referralMatches).where(eq(referralMatches.referralId, referral.id));
      const undecided = matches.filter((m) => m.decision === 'pending' && !input.matches[m.id]);
      if (undecided.length) throw new InputRejected({ matches: 'Confirm or reject each possible earlier case before accepting' });
      for (const m of matches) {
        const verdict = input.matches[m.id];
        if (verdict && verdict !== m.decision) {
          await tx.update(referralMatches).set({ decision: verdict, decidedBy: me.userId, decidedAt: now() }).where(eq(referralMatches.id, m.id));
          m.decision = verdict;
        }
      }
      const confirmed = matches.filter((m) => m.decision === 'confirmed');
      const victimCases = [...new Set(confirmed.filter((m) => m.kind === 'victim').map((m) => m.caseId))];
      if (victimCases.length > 1) throw new InputRejected({ matches: 'Confirm the victim’s earlier case only once: a referral joins one case' });
      repeat = confirmed.some((m) => m.withinTwelveMonths);

      if (victimCases.length === 1) {
        caseId = victimCases[0];
        await tx.update(cases).set({ awaitingMeeting: true, status: 'open', updatedAt: now() }).where(and(eq(cases.id, caseId), eq(cases.areaId, referral.areaId)));
        await recordAudit(tx, me, { action: 'case.add_referral', resourceType: 'case', resourceId: caseId, caseId });
      } else {
        const { prefix } = await areaThresholds(tx, referral.areaId);
        const numbered = await nextCaseNumber(tx, referral.areaId, prefix);
        const [created] = await tx.insert(cases).values({ areaId: referral.areaId, ...numbered }).returning({ id: cases.id });
        caseId = created.id;
        await recordAudit(tx, me, { action: 'case.create', resourceType: 'case', resourceId: caseId, caseId });
      }
    }

    const toStatus = ({ accept: 'accepted', return: 'returned', decline: 'declined' } as const)[input.decision];
    await tx
      .update(referrals)
      .set({ status: toStatus, caseId, repeat, version: referral.version + 1, updatedAt: now() })
      .where(eq(referrals.id, referral.id));
    await tx.insert(referralStatusChanges).values({ referralId: referral.id, fromStatus: 'submitted', toStatus, userId: me.userId, note: input.note || null });
    if (toStatus === 'returned') await notifyUsers(tx, me, [referral.referrerUserId], 'referral_returned', { referralId: referral.id });
    await recordAudit(tx, me, {
      action: `referral.${input.decision}`,
      resourceType: 'referral',
      resourceId: referral.id,
      caseId,
      detail: repeat ? 'repeat' : null,
    });
    return { caseId, repeat };
  });
}
