import 'server-only';
import { and, count, desc, eq, gt, isNotNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { now } from '@/db/clock';
import { agencies, auditEvents, referrals } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { InputRejected } from '@/lib/errors';
import { coordinatorsOfArea, notifyUsers, usersOfAgencies } from '@/lib/notifications/notify';
import { protectedFieldsOf } from '@/lib/referrals/protected-fields';
import { loadCaseFor } from '@/lib/authz/cases';
import { isCopied, reasonMessages, reasonProblem, REVEALS_PER_24_HOURS } from './reveal-reason';

export { REVEALS_PER_24_HOURS };
import type { z } from 'zod';
import { parseInput } from '@/lib/input/parse';
import { revealSchema } from './reveal-schema';

const DAY_MS = 24 * 3_600_000;

const ACTION = 'case.reveal_protected';

export const revealLimitMessage = `You have revealed protected details ${REVEALS_PER_24_HOURS} times in the last 24 hours, the most allowed, so they are not shown. Your MARAC coordinator has been told. If you need them now, ask the agency that referred the case or the IDVA service.`;

/** How many earlier reasons of the same user a new one is compared with. */
const EARLIER_REASONS = 200;

type Outcome = { fields: Record<string, string> } | { refused: Record<string, string> };

/**
 * Shows the victim's protected contact details to a viewer who may see the case but not, by default,
 * those details. Nothing is shown without a real reason: 20 characters or more, in words, not one this
 * user gave before; and not more than REVEALS_PER_24_HOURS times a day. Every attempt is an audit event
 * with its reason (allowed or denied, and why). Each reveal is told to the users of the agencies that
 * referred the case and of the IDVA service; a reveal refused for the daily limit is told to the area's
 * coordinators. The notifications hold ids only.
 */
export async function revealProtectedFields(viewer: Viewer, raw: z.input<typeof revealSchema>): Promise<Record<string, string>> {
  const input = parseInput(revealSchema, raw);
  const outcome = await withViewer(viewer, async (tx, me): Promise<Outcome> => {
    const found = await loadCaseFor(tx, me, input.caseId, ACTION);
    const mine = and(eq(auditEvents.userId, me.userId), eq(auditEvents.action, ACTION));
    const since = new Date(now().getTime() - DAY_MS);
    const deny = (detail: string) =>
      recordAudit(tx, me, { action: ACTION, resourceType: 'case', resourceId: found.id, caseId: found.id, outcome: 'denied', detail, justification: input.reason });

    const [{ today }] = await tx
      .select({ today: count() })
      .from(auditEvents)
      .where(and(mine, eq(auditEvents.outcome, 'allowed'), gt(auditEvents.occurredAt, since)));
    if (today >= REVEALS_PER_24_HOURS) {
      // The coordinators are told once for each 24 hours in which the user goes over, not at every try.
      const [alreadyFlagged] = await tx
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(and(mine, eq(auditEvents.outcome, 'denied'), eq(auditEvents.detail, 'daily_limit'), gt(auditEvents.occurredAt, since)))
        .limit(1);
      await deny('daily_limit');
      if (!alreadyFlagged) await notifyUsers(tx, me, await coordinatorsOfArea(tx, found.areaId), 'reveal_limit_reached', { caseId: found.id });
      return { refused: { form: revealLimitMessage } };
    }

    const problem = reasonProblem(input.reason) ?? (isCopied(input.reason, await earlierReasons(tx, me.userId)) ? 'reason_copied' : null);
    if (problem) {
      await deny(problem);
      return { refused: { reason: reasonMessages[problem] } };
    }

    const [latest] = await tx
      .select({ form: referrals.form })
      .from(referrals)
      .where(and(eq(referrals.caseId, found.id), eq(referrals.status, 'accepted')))
      .orderBy(desc(referrals.submittedAt))
      .limit(1);
    await recordAudit(tx, me, { action: ACTION, resourceType: 'case', resourceId: found.id, caseId: found.id, justification: input.reason });
    await notifyUsers(tx, me, await usersOfAgencies(tx, await toldOfReveals(tx, found.id, found.areaId)), 'protected_details_revealed', { caseId: found.id });
    return { fields: protectedFieldsOf(latest?.form ?? {}) };
  });
  // Refusals are recorded (and the coordinators told) in the committed transaction; then the form hears why.
  if ('refused' in outcome) throw new InputRejected(outcome.refused);
  return outcome.fields;
}

/** The reasons this user gave for their most recent reveals, of any case. */
async function earlierReasons(tx: Tx, userId: string): Promise<string[]> {
  const rows = await tx
    .select({ reason: auditEvents.justification })
    .from(auditEvents)
    .where(and(eq(auditEvents.userId, userId), eq(auditEvents.action, ACTION), eq(auditEvents.outcome, 'allowed'), isNotNull(auditEvents.justification)))
    .orderBy(desc(auditEvents.occurredAt))
    .limit(EARLIER_REASONS);
  return rows.map((r) => r.reason!);
}

/** The agencies told of a reveal: every agency that referred the case, and the area's IDVA service. */
async function toldOfReveals(tx: Tx, caseId: string, areaId: string): Promise<string[]> {
  const [referring, idva] = await Promise.all([
    tx.selectDistinct({ id: referrals.referringAgencyId }).from(referrals).where(eq(referrals.caseId, caseId)),
    tx.select({ id: agencies.id }).from(agencies).where(and(eq(agencies.areaId, areaId), eq(agencies.type, 'idva'), eq(agencies.active, true))),
  ]);
  return [...new Set([...referring, ...idva].map((r) => r.id))];
}
