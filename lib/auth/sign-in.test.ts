import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { sessions } from '@/db/schema';
import { auditEventsOf, makeAgency, makeArea, makeUser, TEST_PASSWORD } from '@/test/factories';
import { signInWithPassword, signOut } from './sign-in';

async function setup(overrides: Parameters<typeof makeUser>[2] = {}) {
  const area = await makeArea();
  const agency = await makeAgency(area.id);
  const user = await makeUser(agency.id, 'agency', overrides);
  return { area, agency, user };
}

// Each attempt from an address of its own, so the throttle (./throttle.test.ts) stays out of these tests.
const attempt = (email: string, password: string, requestId = randomUUID()) => ({ email, password, requestId, userAgent: 'test', address: `test-${randomUUID()}` });

describe('signing in', () => {
  it('opens a server-side session, past the password step only, and records the sign-in', async () => {
    const { user, area } = await setup();
    const rid = randomUUID();
    const opened = await signInWithPassword(attempt(user.email.toUpperCase(), TEST_PASSWORD, rid));
    expect(opened?.userId).toBe(user.id);

    const db = await getDb();
    const [session] = await db.select().from(sessions).where(eq(sessions.id, opened!.sessionId));
    expect(session.userId).toBe(user.id);
    expect(session.endedAt).toBeNull();
    expect(session.mfaVerifiedAt).toBeNull();
    expect(opened?.enrolled).toBe(false);

    const [event] = await auditEventsOf(rid);
    expect(event).toMatchObject({ action: 'sign_in', outcome: 'allowed', userId: user.id, areaId: area.id, role: 'agency', resourceType: 'session', resourceId: opened!.sessionId });
  });

  it('gives the same answer for an unknown email, a wrong password, a disabled account and one with no password, and records why', async () => {
    const { user } = await setup();
    const disabled = (await setup({ active: false })).user;
    const noPassword = (await setup({ passwordHash: null })).user;

    const cases = [
      [attempt('nobody@test.example', TEST_PASSWORD), 'unknown_email'],
      [attempt(user.email, 'not the password at all'), 'wrong_password'],
      [attempt(disabled.email, TEST_PASSWORD), 'account_disabled'],
      [attempt(noPassword.email, TEST_PASSWORD), 'no_password_set'],
    ] as const;
    for (const [input, reason] of cases) {
      expect(await signInWithPassword(input)).toBeNull();
      const [event] = await auditEventsOf(input.requestId);
      expect(event).toMatchObject({ action: 'sign_in.failed', outcome: 'denied', detail: reason });
    }
  });

  it('takes about as long for an unknown email as for a wrong password', async () => {
    const { user } = await setup();
    const time = async (email: string) => {
      const start = performance.now();
      await signInWithPassword(attempt(email, 'wrong password here'));
      return performance.now() - start;
    };
    await time(user.email); // warm up the dummy hash
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await time(user.email));
      unknown.push(await time(`nobody-${i}@test.example`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[2];
    // Both run one argon2id verification; without the dummy hash the unknown email would take ~0 ms. The
    // bound is loose because a machine busy with other work stretches one side more than the other.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.25);
  });

  it('ends the session on sign-out, once, and records it', async () => {
    const { user } = await setup();
    const opened = await signInWithPassword(attempt(user.email, TEST_PASSWORD));
    const rid = randomUUID();
    await signOut(opened!.sessionId, rid);
    await signOut(opened!.sessionId, randomUUID());

    const db = await getDb();
    const [session] = await db.select().from(sessions).where(eq(sessions.id, opened!.sessionId));
    expect(session.endReason).toBe('signed_out');
    const events = await auditEventsOf(rid);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'sign_out', userId: user.id, resourceId: opened!.sessionId });
  });
});
