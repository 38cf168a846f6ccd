import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { auditEventsOf, makeAgency, makeArea, makeUser, TEST_PASSWORD } from '@/test/factories';
import { signInWithPassword } from './sign-in';
import { confirmEnrolment, enrolmentOffer, signInCodeStep, TOTP_PERIOD, totpForStep } from './mfa';
import { clearLapsedCounters, THROTTLE } from './throttle';
import { setClock } from '@/db/clock';
import { inArray } from 'drizzle-orm';

async function setup() {
  const area = await makeArea();
  const agency = await makeAgency(area.id);
  return makeUser(agency.id, 'agency');
}

/** An attempt whose throttle delay is recorded, not waited out. */
function attempt(email: string, password: string, address: string) {
  const waited: number[] = [];
  return { input: { email, password, address, requestId: randomUUID(), wait: async (ms: number) => void waited.push(ms) }, waited };
}

describe('the sign-in throttle', () => {
  it('slows a guesser on one address, then refuses them, while the real user still signs in from another', async () => {
    const user = await setup();
    const guesser = `198.51.100.${Math.floor(Math.random() * 200)}`;
    const delays: number[] = [];
    const answers: unknown[] = [];
    for (let i = 0; i < THROTTLE.perAccountAddress + 2; i++) {
      const a = attempt(user.email, `guess number ${i}`, guesser);
      answers.push(await signInWithPassword(a.input));
      delays.push(a.waited[0] ?? 0);
    }
    // Every answer is the same: nothing.
    expect(answers.every((x) => x === null)).toBe(true);
    // Slowed: no wait at first, then longer and longer.
    expect(delays[0]).toBe(0);
    expect(delays[THROTTLE.perAccountAddress - 1]).toBeGreaterThan(0);
    expect(delays[THROTTLE.perAccountAddress - 1]).toBeGreaterThan(delays[THROTTLE.accountAddressSlowAfter]);

    // Refused: even the right password from that address is not checked now.
    const right = attempt(user.email, TEST_PASSWORD, guesser);
    expect(await signInWithPassword(right.input)).toBeNull();
    expect((await auditEventsOf(right.input.requestId))[0]).toMatchObject({ action: 'sign_in.failed', detail: 'throttled' });

    // The real user, elsewhere, signs in (perhaps a moment later: the account is slowed, never refused).
    const real = attempt(user.email, TEST_PASSWORD, '203.0.113.7');
    expect(await signInWithPassword(real.input)).toMatchObject({ userId: user.id });
    expect(real.waited[0] ?? 0).toBeLessThanOrEqual(2_000);
  });

  it(`refuses an address after ${THROTTLE.perAddress} failures, whichever accounts it tried`, async () => {
    const address = `192.0.2.${Math.floor(Math.random() * 200)}`;
    for (let i = 0; i < THROTTLE.perAddress; i++) {
      expect(await signInWithPassword(attempt(`nobody-${i}-${randomUUID()}@test.example`, 'a guess', address).input)).toBeNull();
    }
    const user = await setup();
    const next = attempt(user.email, TEST_PASSWORD, address);
    expect(await signInWithPassword(next.input)).toBeNull();
    expect((await auditEventsOf(next.input.requestId))[0]).toMatchObject({ detail: 'throttled' });
    expect(await signInWithPassword(attempt(user.email, TEST_PASSWORD, '203.0.113.99').input)).toMatchObject({ userId: user.id });
  });

  it('keeps only hashes of its keys', async () => {
    const user = await setup();
    await signInWithPassword(attempt(user.email, 'wrong', '198.18.0.1').input);
    const db = await getDb();
    const rows = JSON.stringify(await db.select().from(rateLimits));
    expect(rows).not.toContain(user.email);
    expect(rows).not.toContain('198.18.0.1');
  });

  it('deletes the counters that have lapsed, once a day, and keeps those still running', async () => {
    const user = await setup();
    const db = await getDb();
    const before = new Set((await db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key));
    await signInWithPassword(attempt(user.email, 'wrong', '198.18.0.7').input);
    const mine = (await db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key).filter((k) => !before.has(k));
    expect(mine).toHaveLength(3);
    await clearLapsedCounters();
    expect((await db.select().from(rateLimits).where(inArray(rateLimits.key, mine))).length).toBe(3);
    setClock(new Date(Date.now() + (THROTTLE.windowSeconds + 60) * 1000));
    try {
      expect((await clearLapsedCounters()).cleared).toBeGreaterThanOrEqual(3);
    } finally {
      setClock(null);
    }
    expect(await db.select().from(rateLimits).where(inArray(rateLimits.key, mine))).toEqual([]);
  });

  it('holds the code step too: wrong codes from one address stop it there, not elsewhere', async () => {
    const user = await setup();
    const open = async (address: string) => (await signInWithPassword(attempt(user.email, TEST_PASSWORD, address).input))!.sessionId;
    const first = await open('198.51.100.201');
    const offer = await enrolmentOffer(first, randomUUID());
    const step = Math.floor(Date.now() / 1000 / TOTP_PERIOD);
    await confirmEnrolment(first, await totpForStep(offer!.key, step), randomUUID());

    const guesser = '198.51.100.202';
    const half = await open(guesser);
    const waited: number[] = [];
    const wait = async (ms: number) => void waited.push(ms);
    for (let i = 0; i < THROTTLE.perAccountAddress; i++) {
      expect(await signInCodeStep({ sessionId: half, code: String(100000 + i), requestId: randomUUID(), address: guesser, wait })).toBe(false);
    }
    expect(Math.max(...waited)).toBeGreaterThan(0);
    // The right code is not even checked from there now.
    expect(await signInCodeStep({ sessionId: half, code: await totpForStep(offer!.key, step + 1), requestId: randomUUID(), address: guesser, wait })).toBe(false);
    const elsewhere = '203.0.113.202';
    const real = await signInWithPassword(attempt(user.email, TEST_PASSWORD, elsewhere).input);
    expect(await signInCodeStep({ sessionId: real!.sessionId, code: await totpForStep(offer!.key, step + 1), requestId: randomUUID(), address: elsewhere, wait })).toBe(true);
  });
});
