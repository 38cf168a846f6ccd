import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { agencies, sessions, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { getSettings } from '@/lib/settings';
import { verifyPassword } from './password';
import { clearAfterSuccess, pause, recordFailure, throttleBefore } from './throttle';
import { now } from '@/db/clock';
import { inTransaction } from '@/lib/logging/transaction';

export interface SignInAttempt {
  email: string;
  password: string;
  requestId: string;
  userAgent?: string | null;
  /** Where the attempt came from (lib/auth/source-address.ts), for the throttle. */
  address?: string;
  /** How the throttle's delay is waited out (tests record it instead). */
  wait?: (ms: number) => Promise<void>;
}

/**
 * Checks an email and password and, if they are right and the account may sign in, opens a
 * server-side session that has passed the password step only: the second factor is still to come
 * (lib/auth/mfa.ts). Returns null for every kind of failure (unknown email, wrong password, disabled
 * account, no password set yet, throttled), after the same password check, so neither the answer nor
 * its timing tells them apart. Each attempt is an audit event.
 *
 * Throttling (decision 0017, ./throttle.ts): failures are counted per address, per account with
 * address and per account; an account is never locked.
 */
export async function signInWithPassword(attempt: SignInAttempt, at = now()): Promise<{ userId: string; sessionId: string; enrolled: boolean } | null> {
  const settings = getSettings();
  const email = attempt.email.trim().toLowerCase();
  const address = attempt.address ?? 'unknown';
  const db = await getDb();

  const throttle = await throttleBefore(db, email, address);
  if (throttle.refused) {
    await inTransaction({ verb: 'signIn', requestId: attempt.requestId }, (tx) =>
      recordAudit(tx, { requestId: attempt.requestId }, { action: 'sign_in.failed', resourceType: 'user', outcome: 'denied', detail: 'throttled' }),
    db);
    return null;
  }
  await (attempt.wait ?? pause)(throttle.delayMs);

  const opened = await inTransaction({ verb: 'signIn', requestId: attempt.requestId }, async (tx) => {
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

    if (!user.active) return refuse('account_disabled');
    if (!user.passwordHash) return refuse('no_password_set');
    if (!passwordOk) return refuse('wrong_password');

    await tx.update(users).set({ lastSignInAt: at }).where(eq(users.id, user.id));
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
    return { userId: user.id, sessionId: session.id, enrolled: user.totpSecret != null };
  }, db);

  if (opened) await clearAfterSuccess(db, email, address);
  else await recordFailure(db, email, address);
  return opened;
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
