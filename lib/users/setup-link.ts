import 'server-only';
import { and, eq, gt, isNotNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { agencies, users } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { hashPassword } from '@/lib/auth/password';
import { AccessDenied, InputRejected } from '@/lib/errors';
import { knownId } from '@/lib/input/ids';
import { parseInput } from '@/lib/input/parse';
import { loadUserRecord } from './load';
import { hashSetupToken, newSetupToken } from './setup-token';
import { setPasswordSchema } from '@/lib/auth/password-schema';
import type { z } from 'zod';
import { now } from '@/db/clock';
import { inTransaction } from '@/lib/logging/transaction';

/**
 * A new one-time set-up link for a user (a forgotten password, or a link that ran out). Any
 * earlier link stops working. The user's password is not changed until they use the link.
 */
export function issueSetupLink(viewer: Viewer, userId: string): Promise<{ setupLink: string; expiresAt: Date }> {
  return withViewer(viewer, async (tx, me) => {
    const record = await loadUserRecord(tx, knownId(userId, 'user.issue_setup_link', 'user'), true);
    if (!record) throw new AccessDenied('user.issue_setup_link', 'user', userId, true);
    assertCan(me, 'user.issue_setup_link', { areaId: record.areaId }, { type: 'user', id: userId });
    if (!record.user.active) throw new InputRejected({ userId: 'Re-enable the user before giving them a set-up link' });

    const setup = newSetupToken();
    await tx
      .update(users)
      .set({ setupTokenHash: setup.hash, setupTokenExpiresAt: setup.expiresAt, updatedAt: now() })
      .where(eq(users.id, userId));
    await recordAudit(tx, me, { action: 'user.issue_setup_link', resourceType: 'user', resourceId: userId });
    return { setupLink: setup.link, expiresAt: setup.expiresAt };
  });
}

/** Whether a set-up link is still usable, without using it (for the set-password page). */
export async function setupLinkIsValid(token: string): Promise<boolean> {
  const [row] = await inTransaction({ verb: 'setupLinkIsValid', requestId: null }, (tx) =>
    tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.setupTokenHash, hashSetupToken(token)), gt(users.setupTokenExpiresAt, now()), eq(users.active, true)))
      .limit(1),
  );
  return row != null;
}

/**
 * The user follows their set-up link and chooses a password. The link works once; an expired,
 * used or unknown link is refused the same way.
 */
export async function completeSetup(raw: z.input<typeof setPasswordSchema>, requestId: string): Promise<{ userId: string }> {
  const input = parseInput(setPasswordSchema, raw);
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  const outcome = await inTransaction({ verb: 'completeSetup', requestId }, async (tx) => {
    const [row] = await tx
      .select({ user: users, areaId: agencies.areaId })
      .from(users)
      .innerJoin(agencies, eq(agencies.id, users.agencyId))
      .where(and(eq(users.setupTokenHash, hashSetupToken(input.token)), isNotNull(users.setupTokenExpiresAt)))
      .for('update', { of: users })
      .limit(1);
    const usable = row && row.user.active && row.user.setupTokenExpiresAt! > now();
    const actor = row
      ? { userId: row.user.id, agencyId: row.user.agencyId, areaId: row.areaId, role: row.user.role, requestId }
      : { requestId };
    if (!usable) {
      await recordAudit(tx, actor, {
        action: 'user.set_password', resourceType: 'user', resourceId: row?.user.id, outcome: 'denied',
        detail: row ? (row.user.active ? 'link_expired' : 'account_disabled') : 'unknown_link',
      });
      return null;
    }
    await tx
      .update(users)
      .set({
        passwordHash,
        setupTokenHash: null,
        setupTokenExpiresAt: null,
        updatedAt: now(),
      })
      .where(eq(users.id, row.user.id));
    await recordAudit(tx, actor, { action: 'user.set_password', resourceType: 'user', resourceId: row.user.id });
    return { userId: row.user.id };
  }, db);
  if (!outcome) throw new InputRejected({ token: 'This set-up link has expired or has already been used. Ask your administrator for a new one' });
  return outcome;
}

