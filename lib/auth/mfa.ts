import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { generate, generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { getDb, type Tx } from '@/db/client';
import { recoveryCodes, sessions, users } from '@/db/schema';
import { now } from '@/db/clock';
import { recordAudit } from '@/lib/audit/record';
import { inTransaction } from '@/lib/logging/transaction';
import { getSettings } from '@/lib/settings';
import { decryptSecret, encryptSecret, sha256 } from './mfa-crypto';
import { loadLiveSession } from './session';
import { clearAfterSuccess, pause, recordFailure, throttleBefore } from './throttle';
import type { Viewer } from './viewer-type';

/** Seconds in one TOTP time step; a code is accepted within one step either side of now. */
export const TOTP_PERIOD = 30;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'Marac Hub';

const stepAt = (at: Date) => Math.floor(at.getTime() / 1000 / TOTP_PERIOD);

/** A code as typed: spaces and dashes dropped, letters in lower case. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toLowerCase().slice(0, 40);
}
const isTotpShaped = (code: string) => /^\d{6}$/.test(code);

/**
 * Checks a TOTP code against a key: within one step either side of `at`, and only for a step after
 * `lastStep` (a code is accepted once; a replay, or an older code, is refused). The matched step, or null.
 */
export async function checkTotp(secret: string, code: string, lastStep: number | null, at: Date): Promise<number | null> {
  if (!isTotpShaped(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(at.getTime() / 1000),
    epochTolerance: TOTP_PERIOD,
    ...(lastStep != null ? { afterTimeStep: lastStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** The code of a step, for tests and the demo's box. */
export function totpForStep(secret: string, step: number): Promise<string> {
  return generate({ secret, epoch: step * TOTP_PERIOD });
}

/** A session past the password step, with its user's authenticator state (the code and enrolment pages). */
export async function loadSignInSession(tx: Tx, sessionId: string, requestId: string, at = now()) {
  const viewer = await loadLiveSession(tx, sessionId, requestId, at, { passwordStepOnly: true });
  const [user] = await tx
    .select({ email: users.email, totpSecret: users.totpSecret, totpPendingSecret: users.totpPendingSecret, totpLastStep: users.totpLastStep })
    .from(users)
    .where(eq(users.id, viewer.userId))
    .for('update')
    .limit(1);
  return { viewer, user };
}

export interface EnrolmentOffer {
  /** The key as text (base32), for typing into the app by hand. */
  key: string;
  /** The otpauth:// address the QR code holds. */
  uri: string;
  /** The QR code, as an SVG document. */
  qrSvg: string;
}

/**
 * The key offered at enrolment: made on the first visit and kept, encrypted, until the user confirms
 * it, so that a reload shows the same one. Null when the user is already enrolled.
 */
export async function enrolmentOffer(sessionId: string, requestId: string): Promise<EnrolmentOffer | null> {
  const db = await getDb();
  return inTransaction({ verb: 'enrolmentOffer', requestId }, async (tx) => {
    const { viewer, user } = await loadSignInSession(tx, sessionId, requestId);
    if (user.totpSecret) return null;
    let key = user.totpPendingSecret ? decryptSecret(user.totpPendingSecret) : null;
    if (!key) {
      key = generateSecret();
      await tx.update(users).set({ totpPendingSecret: encryptSecret(key) }).where(eq(users.id, viewer.userId));
    }
    const uri = generateURI({ issuer: ISSUER, label: user.email, secret: key });
    const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { key, uri, qrSvg };
  }, db);
}

function newRecoveryCode(): string {
  // 10 characters of base32 (50 bits) in two groups: easy to read out and type.
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Replaces the user's recovery codes with ten new ones, returned once; only their hashes are kept. */
async function issueRecoveryCodes(tx: Tx, userId: string, at: Date): Promise<string[]> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: sha256(normaliseCode(code)), createdAt: at })));
  return codes;
}

/**
 * The session has passed its second factor; a code from the app also opens the step-up actions for
 * STEP_UP_MINUTES. A recovery code does not: it is for a lost phone, and the actions that need a recent
 * code still ask for one from an app (or the user's administrator resets it).
 */
async function markCodeGiven(tx: Tx, sessionId: string, at: Date, kind: 'totp' | 'recovery') {
  await tx
    .update(sessions)
    .set({
      mfaVerifiedAt: sql`coalesce(${sessions.mfaVerifiedAt}, ${at.toISOString()}::timestamptz)`,
      ...(kind === 'totp' ? { lastCodeAt: at } : {}),
      lastSeenAt: at,
    })
    .where(eq(sessions.id, sessionId));
}

const actorOf = (v: Viewer) => ({ userId: v.userId, agencyId: v.agencyId, areaId: v.areaId, role: v.role, requestId: v.requestId });

/**
 * Confirms enrolment with a code from the app: the offered key becomes the user's, the session has
 * passed its second factor, and ten recovery codes are made and returned (to be shown once). Null if
 * the code is not right (or there is nothing to confirm).
 */
export async function confirmEnrolment(sessionId: string, typed: string, requestId: string, at = now()): Promise<string[] | null> {
  const db = await getDb();
  return inTransaction({ verb: 'confirmEnrolment', requestId }, async (tx) => {
    const { viewer, user } = await loadSignInSession(tx, sessionId, requestId, at);
    if (user.totpSecret || !user.totpPendingSecret) return null;
    const step = await checkTotp(decryptSecret(user.totpPendingSecret), normaliseCode(typed), null, at);
    if (step == null) {
      await recordAudit(tx, actorOf(viewer), { action: 'mfa.enrol', resourceType: 'user', resourceId: viewer.userId, outcome: 'denied', detail: 'wrong_code' });
      return null;
    }
    await tx
      .update(users)
      .set({ totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnrolledAt: at, totpLastStep: step, updatedAt: at })
      .where(eq(users.id, viewer.userId));
    const codes = await issueRecoveryCodes(tx, viewer.userId, at);
    await markCodeGiven(tx, sessionId, at, 'totp');
    await recordAudit(tx, actorOf(viewer), { action: 'mfa.enrol', resourceType: 'user', resourceId: viewer.userId });
    return codes;
  }, db);
}

/**
 * Checks a code for the user of a session: a TOTP code (once, within a step either side) or an unused
 * recovery code (then used up). True if accepted; the step or the code is recorded as used.
 */
async function acceptCode(
  tx: Tx,
  userId: string,
  user: { totpSecret: string | null; totpLastStep: number | null },
  typed: string,
  at: Date,
  { totpOnly = false } = {},
): Promise<'totp' | 'recovery' | null> {
  if (!user.totpSecret) return null;
  const code = normaliseCode(typed);
  if (isTotpShaped(code)) {
    const step = await checkTotp(decryptSecret(user.totpSecret), code, user.totpLastStep, at);
    if (step == null) return null;
    await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, userId));
    return 'totp';
  }
  if (totpOnly || code.length !== 10) return null;
  const [used] = await tx
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, sha256(code)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used ? 'recovery' : null;
}

/**
 * The throttle around a code step (the same counters as the password step's, lib/auth/throttle.ts):
 * refused without a check when the address or the account with the address has failed too often.
 */
async function throttled<T>(sessionId: string, address: string, wait: (ms: number) => Promise<void>, check: () => Promise<T | null>): Promise<T | null> {
  const db = await getDb();
  const [row] = await inTransaction({ verb: 'codeThrottle', requestId: null }, (tx) =>
    tx.select({ email: users.email }).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(sessions.id, sessionId)).limit(1),
  db);
  if (!row) return null;
  const decision = await throttleBefore(db, row.email, address);
  if (decision.refused) return null;
  await wait(decision.delayMs);
  const result = await check();
  if (result == null || result === false) await recordFailure(db, row.email, address, { step: 'code' });
  else await clearAfterSuccess(db, row.email, address);
  return result;
}

export interface CodeAttempt {
  sessionId: string;
  code: string;
  requestId: string;
  address: string;
  wait?: (ms: number) => Promise<void>;
}

/** The enrolment page's confirmation, throttled like the code step. */
export function confirmEnrolmentThrottled(a: CodeAttempt, at = now()): Promise<string[] | null> {
  return throttled(a.sessionId, a.address, a.wait ?? pause, () => confirmEnrolment(a.sessionId, a.code, a.requestId, at));
}

/** The code step, throttled: accepted, the session has passed its second factor. */
export async function signInCodeStep(a: CodeAttempt, at = now()): Promise<boolean> {
  return (await throttled(a.sessionId, a.address, a.wait ?? pause, async () => ((await verifySignInCode(a.sessionId, a.code, a.requestId, at)) ? true : null))) === true;
}

/** The code step of signing in: accepted, the session has passed its second factor. */
export async function verifySignInCode(sessionId: string, typed: string, requestId: string, at = now()): Promise<boolean> {
  const db = await getDb();
  return inTransaction({ verb: 'verifySignInCode', requestId }, async (tx) => {
    const { viewer, user } = await loadSignInSession(tx, sessionId, requestId, at);
    const kind = await acceptCode(tx, viewer.userId, user, typed, at);
    if (!kind) {
      await recordAudit(tx, actorOf(viewer), { action: 'sign_in.failed', resourceType: 'session', resourceId: sessionId, outcome: 'denied', detail: 'wrong_code' });
      return false;
    }
    await markCodeGiven(tx, sessionId, at, kind);
    await recordAudit(tx, actorOf(viewer), { action: 'sign_in.code', resourceType: 'session', resourceId: sessionId, detail: kind });
    return true;
  }, db);
}

/** Step-up: a code from the app given again in a signed-in session, so the actions that need a recent one are open. */
export async function stepUp(viewer: Viewer, typed: string, at = now()): Promise<boolean> {
  const db = await getDb();
  return inTransaction({ verb: 'stepUp', requestId: viewer.requestId }, async (tx) => {
    const { viewer: live, user } = await loadSignInSession(tx, viewer.sessionId, viewer.requestId, at);
    if (!live.mfaVerified) return false;
    const kind = await acceptCode(tx, live.userId, user, typed, at, { totpOnly: true });
    await recordAudit(tx, actorOf(live), {
      action: 'session.step_up', resourceType: 'session', resourceId: live.sessionId, outcome: kind ? 'allowed' : 'denied', detail: kind ?? 'wrong_code',
    });
    if (!kind) return false;
    await markCodeGiven(tx, live.sessionId, at, kind);
    return true;
  }, db);
}

/** Step-up, throttled like the code step (a wrong code counts as a failed sign-in). */
export async function stepUpThrottled(viewer: Viewer, typed: string, address: string, wait: (ms: number) => Promise<void> = pause): Promise<boolean> {
  return (await throttled(viewer.sessionId, address, wait, async () => ((await stepUp(viewer, typed)) ? true : null))) === true;
}

/**
 * The demonstration's help (MARAC_DEMO=1 only): the code a demo account's app would show now, or the
 * next step's if this one has been used. Null outside the demo, and for an account not enrolled.
 */
export async function demoCodeFor(sessionId: string, requestId: string, at = now()): Promise<string | null> {
  if (!getSettings().demo) return null;
  const db = await getDb();
  return inTransaction({ verb: 'demoCodeFor', requestId }, async (tx) => {
    const { user } = await loadSignInSession(tx, sessionId, requestId, at);
    if (!user.totpSecret) return null;
    const step = Math.max(stepAt(at), (user.totpLastStep ?? -1) + 1);
    if (step > stepAt(at) + 1) return null;
    return totpForStep(decryptSecret(user.totpSecret), step);
  }, db);
}
