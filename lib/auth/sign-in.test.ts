import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { sessions, users } from '@/db/schema';
import { auditEventsOf, makeAgency, makeArea, makeUser, TEST_PASSWORD } from '@/test/factories';
import { signInWithPassword, signOut } from './sign-in';

async function setup(overrides: Parameters<typeof makeUser>[2] = {}) {
  const area = await makeArea();
  const agency = await makeAgency(area.id);
  const user = await makeUser(agency.id, 'agency', overrides);
  return { area, agency, user };
}

const attempt = (email: string, password: string, requestId = randomUUID()) => ({ email, password, requestId, userAgent: 'test' });

describe('signing in', () => {
  it('opens a server-side session and records the sign-in', async () => {
    const { user, area } = await setup();
    const rid = randomUUID();
    const opened = await signInWithPassword(attempt(user.email.toUpperCase(), TEST_PASSWORD, rid));
    expect(opened?.userId).toBe(user.id);

    const db = await getDb();
    const [session] = await db.select().from(sessions).where(eq(sessions.id, opened!.sessionId));
    expect(session.userId).toBe(user.id);
    expect(session.endedAt).toBeNull();

    const [event] = await auditEventsOf(rid);
    expect(event).toMatchObject({ action: 'sign_in', outcome: 'allowed', userId: user.id, areaId: area.id, role: 'agency', resourceType: 'session', resourceId: opened!.sessionId });
  });

  it('gives the same answer for an unknown email, a wrong password, a locked and a disabled account, and records why', async () => {
    const { user } = await setup();
    const locked = (await setup({ lockedUntil: new Date(Date.now() + 600_000) })).user;
    const disabled = (await setup({ active: false })).user;
    const noPassword = (await setup({ passwordHash: null })).user;

    const cases = [
      [attempt('nobody@test.example', TEST_PASSWORD), 'unknown_email'],
      [attempt(user.email, 'not the password at all'), 'wrong_password'],
      [attempt(locked.email, TEST_PASSWORD), 'account_locked'],
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
    for (let i = 0; i < 3; i++) {
      known.push(await time(user.email));
      unknown.push(await time(`nobody-${i}@test.example`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1];
    // Both run one argon2id verification; without the dummy hash the unknown email would be ~0 ms.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it('locks the account after 5 failures in 15 minutes, for 15 minutes, even against the right password', async () => {
    const { user } = await setup();
    const t0 = new Date();
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    for (let i = 0; i < 4; i++) expect(await signInWithPassword(attempt(user.email, 'wrong password'), at(i))).toBeNull();
    // Still open after 4 failures.
    const fifth = attempt(user.email, 'wrong password');
    expect(await signInWithPassword(fifth, at(5))).toBeNull();
    const events = await auditEventsOf(fifth.requestId);
    expect(events.map((e) => e.action)).toEqual(['sign_in.failed', 'account.locked']);

    const db = await getDb();
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row.lockedUntil?.getTime()).toBe(at(20).getTime());

    const whileLocked = attempt(user.email, TEST_PASSWORD);
    expect(await signInWithPassword(whileLocked, at(19))).toBeNull();
    expect((await auditEventsOf(whileLocked.requestId))[0].detail).toBe('account_locked');

    expect(await signInWithPassword(attempt(user.email, TEST_PASSWORD), at(21))).not.toBeNull();
  });

  it('does not lock for failures spread over more than 15 minutes', async () => {
    const { user } = await setup();
    const t0 = Date.now();
    for (const minute of [0, 5, 10, 14, 16, 17]) {
      await signInWithPassword(attempt(user.email, 'wrong password'), new Date(t0 + minute * 60_000));
    }
    expect(await signInWithPassword(attempt(user.email, TEST_PASSWORD), new Date(t0 + 18 * 60_000))).not.toBeNull();
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
