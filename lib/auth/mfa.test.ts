import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { setClock } from '@/db/clock';
import { recoveryCodes, sessions, users } from '@/db/schema';
import { assertCan, STEP_UP_MINUTES } from '@/lib/authz';
import { SessionInvalid, StepUpRequired } from '@/lib/errors';
import { resetMfa } from '@/lib/users/reset-mfa';
import { auditEventsOf, makeAreaWithStaff, makeAgency, makeArea, makeUser, newRequest, TEST_PASSWORD } from '@/test/factories';
import { confirmEnrolment, demoCodeFor, enrolmentOffer, stepUp, TOTP_PERIOD, totpForStep, verifySignInCode } from './mfa';
import { loadLiveSession } from './session';
import { signInWithPassword } from './sign-in';

const T0 = new Date('2026-03-02T10:00:00Z');
const stepOf = (at: Date) => Math.floor(at.getTime() / 1000 / TOTP_PERIOD);
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

afterEach(() => setClock(null));

async function newUser() {
  const area = await makeArea();
  const agency = await makeAgency(area.id);
  return makeUser(agency.id, 'agency');
}

/** Signs in with the password and sets up an app at T0: the key, the recovery codes and the session. */
async function enrolled() {
  const user = await newUser();
  setClock(T0);
  const opened = await signInWithPassword({ email: user.email, password: TEST_PASSWORD, requestId: randomUUID(), address: `t-${randomUUID()}` });
  const offer = await enrolmentOffer(opened!.sessionId, randomUUID());
  const codes = await confirmEnrolment(opened!.sessionId, await totpForStep(offer!.key, stepOf(T0)), randomUUID());
  return { user, key: offer!.key, codes: codes!, sessionId: opened!.sessionId };
}

async function passwordStep(email: string) {
  const opened = await signInWithPassword({ email, password: TEST_PASSWORD, requestId: randomUUID(), address: `t-${randomUUID()}` });
  return opened!.sessionId;
}

const liveCheck = async (sessionId: string) => {
  const db = await getDb();
  return db.transaction((tx) => loadLiveSession(tx, sessionId, randomUUID()));
};

describe('setting up an authenticator app at first sign-in', () => {
  it('offers one key until confirmed, then keeps it encrypted, makes ten hashed recovery codes and opens the session', async () => {
    const user = await newUser();
    setClock(T0);
    const sessionId = await passwordStep(user.email);
    const offer = await enrolmentOffer(sessionId, randomUUID());
    expect(offer!.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(offer!.qrSvg).toContain('<svg');
    // A reload shows the same key.
    expect((await enrolmentOffer(sessionId, randomUUID()))!.key).toBe(offer!.key);

    const wrong = randomUUID();
    expect(await confirmEnrolment(sessionId, '000000' === (await totpForStep(offer!.key, stepOf(T0))) ? '111111' : '000000', wrong)).toBeNull();
    expect((await auditEventsOf(wrong))[0]).toMatchObject({ action: 'mfa.enrol', outcome: 'denied' });
    await expect(liveCheck(sessionId)).rejects.toThrow(SessionInvalid);

    const rid = randomUUID();
    const codes = await confirmEnrolment(sessionId, await totpForStep(offer!.key, stepOf(T0)), rid);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await auditEventsOf(rid))[0]).toMatchObject({ action: 'mfa.enrol', outcome: 'allowed', userId: user.id });

    const db = await getDb();
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    // Neither the key nor a recovery code is stored as it is.
    expect(row.totpSecret).toMatch(/^v1\./);
    expect(row.totpSecret).not.toContain(offer!.key);
    expect(JSON.stringify(row)).not.toContain(offer!.key);
    expect(row.totpPendingSecret).toBeNull();
    const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored).toHaveLength(10);
    for (const code of codes!) expect(JSON.stringify(stored)).not.toContain(code);

    expect((await liveCheck(sessionId)).userId).toBe(user.id);
    // Enrolled: nothing more to offer.
    expect(await enrolmentOffer(sessionId, randomUUID())).toBeNull();
  });
});

describe('the code step', () => {
  it('refuses everywhere a session that has passed the password step only', async () => {
    const { user, key } = await enrolled();
    setClock(later(120));
    const sessionId = await passwordStep(user.email);
    await expect(liveCheck(sessionId)).rejects.toMatchObject({ reason: 'mfa_not_verified' });
    expect(await verifySignInCode(sessionId, await totpForStep(key, stepOf(later(120))), randomUUID())).toBe(true);
    expect((await liveCheck(sessionId)).mfaVerified).toBe(true);
  });

  it('accepts a code once: the same code again, or an earlier one, is refused', async () => {
    const { user, key } = await enrolled();
    setClock(later(300));
    const code = await totpForStep(key, stepOf(later(300)));
    const first = await passwordStep(user.email);
    expect(await verifySignInCode(first, code, randomUUID())).toBe(true);
    const second = await passwordStep(user.email);
    const replay = randomUUID();
    expect(await verifySignInCode(second, code, replay)).toBe(false);
    expect((await auditEventsOf(replay))[0]).toMatchObject({ action: 'sign_in.failed', outcome: 'denied', detail: 'wrong_code' });
    // The step before is within the window but older than the one used.
    expect(await verifySignInCode(second, await totpForStep(key, stepOf(later(300)) - 1), randomUUID())).toBe(false);
    await expect(liveCheck(second)).rejects.toThrow(SessionInvalid);
  });

  it('accepts a code of one step either side of now, not two', async () => {
    const { user, key } = await enrolled();
    const at = later(600);
    setClock(at);
    const s = stepOf(at);
    expect(await verifySignInCode(await passwordStep(user.email), await totpForStep(key, s - 2), randomUUID())).toBe(false);
    expect(await verifySignInCode(await passwordStep(user.email), await totpForStep(key, s - 1), randomUUID())).toBe(true);
    expect(await verifySignInCode(await passwordStep(user.email), await totpForStep(key, s + 2), randomUUID())).toBe(false);
    expect(await verifySignInCode(await passwordStep(user.email), await totpForStep(key, s + 1), randomUUID())).toBe(true);
  });

  it('accepts each recovery code once; a session opened with one still needs a code from the app for step-up', async () => {
    const { user, codes } = await enrolled();
    setClock(later(900));
    const withRecovery = await passwordStep(user.email);
    expect(await verifySignInCode(withRecovery, codes[3].toUpperCase(), randomUUID())).toBe(true);
    const viewer = await liveCheck(withRecovery);
    expect(viewer.lastCodeAt).toBeNull();
    expect(() => assertCan({ ...viewer, role: 'admin' }, 'user.create', { areaId: viewer.areaId }, { type: 'user' })).toThrow(StepUpRequired);
    // Nor does a recovery code serve as the step-up's code.
    expect(await stepUp(viewer, codes[5])).toBe(false);
    expect(await verifySignInCode(await passwordStep(user.email), codes[3], randomUUID())).toBe(false);
    expect(await verifySignInCode(await passwordStep(user.email), codes[4], randomUUID())).toBe(true);
    const db = await getDb();
    const used = (await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).filter((c) => c.usedAt);
    expect(used).toHaveLength(2);
  });

  it('shows no demonstration code outside the demo', async () => {
    const { user } = await enrolled();
    setClock(later(1200));
    const sessionId = await passwordStep(user.email);
    const before = process.env.MARAC_DEMO;
    try {
      delete process.env.MARAC_DEMO;
      expect(await demoCodeFor(sessionId, randomUUID())).toBeNull();
      process.env.MARAC_DEMO = '1';
      const code = await demoCodeFor(sessionId, randomUUID());
      expect(code).toMatch(/^\d{6}$/);
      expect(await verifySignInCode(sessionId, code!, randomUUID())).toBe(true);
    } finally {
      if (before === undefined) delete process.env.MARAC_DEMO;
      else process.env.MARAC_DEMO = before;
    }
  });
});

describe('step-up', () => {
  it(`refuses a step-up action ${STEP_UP_MINUTES} minutes after the last code, and allows it after a fresh one`, async () => {
    const { key, sessionId } = await enrolled();
    const target = { areaId: (await liveCheck(sessionId)).areaId };
    setClock(later(STEP_UP_MINUTES * 60 - 5));
    const fresh = await liveCheck(sessionId);
    expect(() => assertCan({ ...fresh, role: 'admin' }, 'user.create', target, { type: 'user' })).not.toThrow();

    const stale = later(STEP_UP_MINUTES * 60 + 5);
    setClock(stale);
    const viewer = await liveCheck(sessionId);
    expect(() => assertCan({ ...viewer, role: 'admin' }, 'user.create', target, { type: 'user' })).toThrow(StepUpRequired);
    // An action that is not on the list is not asked for a code.
    expect(() => assertCan({ ...viewer, role: 'admin' }, 'user.list', target, { type: 'user' })).not.toThrow();
    // Not permitted at all stays a plain refusal, whatever the code's age.
    expect(() => assertCan({ ...viewer, role: 'agency' }, 'user.create', target, { type: 'user' })).toThrow(/permission|Not found/);

    expect(await stepUp(viewer, '123456' === (await totpForStep(key, stepOf(stale))) ? '654321' : '123456')).toBe(false);
    expect(await stepUp(viewer, await totpForStep(key, stepOf(stale)))).toBe(true);
    const after = await liveCheck(sessionId);
    expect(() => assertCan({ ...after, role: 'admin' }, 'user.create', target, { type: 'user' })).not.toThrow();
  });

  it('asks a real verb for a code: an administrator creating a user', async () => {
    const { as, agencies } = await makeAreaWithStaff();
    const { createUser } = await import('@/lib/users/create');
    const input = { name: 'Step Up', email: `step-${randomUUID()}@test.example`, role: 'agency' as const, agencyId: agencies.housing.id };
    setClock(new Date(Date.now() + (STEP_UP_MINUTES + 1) * 60_000));
    await expect(createUser(newRequest(as.admin), input)).rejects.toThrow(StepUpRequired);
    setClock(null);
    await expect(createUser(newRequest(as.admin), input)).resolves.toMatchObject({ userId: expect.any(String) });
  });
});

describe("an administrator's reset of a lost authenticator", () => {
  it('removes the key and recovery codes, ends every session of the user, is audited, and the user enrols again', async () => {
    const { as, agencies } = await makeAreaWithStaff();
    const user = await makeUser(agencies.housing.id, 'agency');
    setClock(T0);
    const sessionId = await passwordStep(user.email);
    const offer = await enrolmentOffer(sessionId, randomUUID());
    await confirmEnrolment(sessionId, await totpForStep(offer!.key, stepOf(T0)), randomUUID());
    setClock(null);
    // The admin's own session, made now, is fresh.
    const admin = newRequest(as.admin);
    expect(await resetMfa(admin, user.id)).toEqual({ sessionsEnded: 1 });
    const [event] = await auditEventsOf(admin.requestId);
    expect(event).toMatchObject({ action: 'user.reset_mfa', resourceId: user.id, outcome: 'allowed', detail: 'sessions_ended_1' });

    const db = await getDb();
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row.totpSecret).toBeNull();
    expect(await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toHaveLength(0);
    const [s] = await db.select().from(sessions).where(eq(sessions.id, sessionId));
    expect(s.endReason).toBe('ended_by_admin');
    await expect(liveCheck(sessionId)).rejects.toThrow(SessionInvalid);

    const again = await signInWithPassword({ email: user.email, password: TEST_PASSWORD, requestId: randomUUID(), address: 'x' });
    expect(again?.enrolled).toBe(false);
    expect(await enrolmentOffer(again!.sessionId, randomUUID())).not.toBeNull();
  });

  it('is refused to an administrator of another area, as not found, and to anyone but an administrator', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    await expect(resetMfa(newRequest(ours.as.admin), theirs.users.officer.id)).rejects.toMatchObject({ name: 'AccessDenied', asNotFound: true });
    await expect(resetMfa(newRequest(ours.as.coordinator), ours.users.officer.id)).rejects.toMatchObject({ name: 'AccessDenied' });
  });
});
