import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { agencies, sessions, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { getSettings, minutes } from '@/lib/settings';
import { verifyPassword } from './password';
import { now } from '@/db/clock';
import { inTransaction } from '@/lib/logging/transaction';

export interface SignInAttempt {
  email: string;
  password: string;
  requestId: string;
  userAgent?: string | null;
}

/**
 * Checks an email and password and, if they are right and the account may sign in, opens a
 * server-side session. Returns null for every kind of failure (unknown email, wrong password,
 * locked or disabled account, no password set yet), after the same password check, so neither
 * the answer nor its timing tells them apart. Each attempt is an audit event.
 *
 * Lockout: the 5th failure within 15 minutes locks the account for 15 minutes.
 */
export async function signInWithPassword(attempt: SignInAttempt, at = now()): Promise<{ userId: string; sessionId: string } | null> {
  const settings = getSettings();
  const email = attempt.email.trim().toLowerCase();
  const db = await getDb();

  return inTransaction({ verb: 'signIn', requestId: attempt.requestId }, async (tx) => {
    const [found] = await tx
      .select({ user: users, areaId: agencies.areaId })
      .from(users)
      .innerJoin(agencies, eq(agencies.id, users.agencyId))
      .where(eq(users.email, email))
      .for('update', { of: users })
      .limit(1);

    const passwordOk = await verifyPassword(found?.user.passwordHash, attempt.password);

    if (!found) {
      await recordAudit(tx, { requestId: attempt.requestId }, {
        action: 'sign_in.failed', resourceType: 'user', outcome: 'denied', detail: 'unknown_email',
      });
      return null;
    }

    const { user, areaId } = found;
    const actor = { userId: user.id, agencyId: user.agencyId, areaId, role: user.role, requestId: attempt.requestId };
    const refuse = async (detail: string) => {
      await recordAudit(tx, actor, { action: 'sign_in.failed', resourceType: 'user', resourceId: user.id, outcome: 'denied', detail });
      return null;
    };

    if (user.lockedUntil && user.lockedUntil > at) return refuse('account_locked');
    if (!user.active) return refuse('account_disabled');
    if (!user.passwordHash) return refuse('no_password_set');

    if (!passwordOk) {
      const windowOpen =
        user.failedLoginWindowStart != null &&
        at.getTime() - user.failedLoginWindowStart.getTime() < minutes(settings.lockoutWindowMinutes);
      const count = windowOpen ? user.failedLoginCount + 1 : 1;
      const locks = count >= settings.lockoutAttempts;
      await tx
        .update(users)
        .set({
          failedLoginCount: locks ? 0 : count,
          failedLoginWindowStart: locks ? null : windowOpen ? user.failedLoginWindowStart : at,
          lockedUntil: locks ? new Date(at.getTime() + minutes(settings.lockoutMinutes)) : user.lockedUntil,
        })
        .where(eq(users.id, user.id));
      await refuse('wrong_password');
      if (locks) {
        await recordAudit(tx, actor, { action: 'account.locked', resourceType: 'user', resourceId: user.id, outcome: 'allowed', detail: `after_${count}_failures` });
      }
      return null;
    }

    await tx
      .update(users)
      .set({ failedLoginCount: 0, failedLoginWindowStart: null, lockedUntil: null, lastSignInAt: at })
      .where(eq(users.id, user.id));
    const [session] = await tx
      .insert(sessions)
      .values({
        userId: user.id,
        createdAt: at,
        lastSeenAt: at,
        expiresAt: new Date(at.getTime() + settings.sessionMaxHours * 3_600_000),
        userAgent: attempt.userAgent?.slice(0, 300) ?? null,
      })
      .returning({ id: sessions.id });
    await recordAudit(tx, actor, { action: 'sign_in', resourceType: 'session', resourceId: session.id });
    return { userId: user.id, sessionId: session.id };
  }, db);
}

/** Ends the session the user signs out of; a session already ended is left as it was. */
export async function signOut(sessionId: string, requestId: string): Promise<void> {
  const db = await getDb();
  await inTransaction({ verb: 'signOut', requestId }, async (tx) => {
    const [ended] = await tx
      .update(sessions)
      .set({ endedAt: now(), endReason: 'signed_out' })
      .where(sql`${sessions.id} = ${sessionId} and ${sessions.endedAt} is null`)
      .returning({ userId: sessions.userId });
    if (!ended) return;
    const [who] = await tx
      .select({ agencyId: users.agencyId, role: users.role, areaId: agencies.areaId })
      .from(users)
      .innerJoin(agencies, eq(agencies.id, users.agencyId))
      .where(eq(users.id, ended.userId));
    await recordAudit(tx, { userId: ended.userId, ...who, requestId }, { action: 'sign_out', resourceType: 'session', resourceId: sessionId });
  }, db);
}
