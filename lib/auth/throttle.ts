import 'server-only';
import { lt } from 'drizzle-orm';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '@/db/client';
import { now } from '@/db/clock';
import { rateLimits } from '@/db/schema';
import { inTransaction } from '@/lib/logging/transaction';
import { sha256 } from './mfa-crypto';

/**
 * Failed sign-ins (a wrong password or a wrong code), counted in PostgreSQL so the limits hold across
 * instances (rate-limiter-flexible's drizzle store, table rate_limits; keys stored as SHA-256 hashes).
 * Decision 0017. Three counters, each over 15 minutes:
 * - the source address: 20 failed passwords, then every attempt from it is refused (a wrong code does not
 *   count here: each needs the account's password first, and the two counters below hold it);
 * - the account with the address: slowed from the 3rd failure, refused after the 5th;
 * - the account from any address: slowed (at most MAX_ACCOUNT_DELAY_MS), never refused, so that a guesser
 *   on one address can make the real user wait a moment but never keep them out from another.
 */
export const THROTTLE = {
  windowSeconds: 15 * 60,
  perAddress: 20,
  perAccountAddress: 5,
  accountAddressSlowAfter: 2,
  accountSlowAfter: 5,
} as const;
const MAX_ACCOUNT_DELAY_MS = 2_000;

interface Limiters {
  address: RateLimiterDrizzle;
  accountAddress: RateLimiterDrizzle;
  account: RateLimiterDrizzle;
}
const byDb = new WeakMap<Db, Limiters>();

function limiters(db: Db): Limiters {
  let found = byDb.get(db);
  if (!found) {
    const make = (keyPrefix: string, points: number) =>
      new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, keyPrefix, points, duration: THROTTLE.windowSeconds, clearExpiredByTimeout: false });
    found = {
      address: make('addr', THROTTLE.perAddress),
      accountAddress: make('acct_addr', THROTTLE.perAccountAddress),
      // Counted for the delay only: its points are never reached.
      account: make('acct', 1_000_000),
    };
    byDb.set(db, found);
  }
  return found;
}

function keys(email: string, address: string) {
  const account = email.trim().toLowerCase();
  return { address: sha256(`a:${address}`), accountAddress: sha256(`p:${account}|${address}`), account: sha256(`u:${account}`) };
}

const consumed = (res: RateLimiterRes | null) => res?.consumedPoints ?? 0;

export interface ThrottleDecision {
  /** The attempt is not even checked. */
  refused: boolean;
  /** How long to hold the answer before checking the attempt. */
  delayMs: number;
}

/** Before an attempt: whether it may be checked at all, and how long to hold it first. */
export async function throttleBefore(db: Db, email: string, address: string): Promise<ThrottleDecision> {
  const l = limiters(db);
  const k = keys(email, address);
  const [addr, pair, account] = await Promise.all([l.address.get(k.address), l.accountAddress.get(k.accountAddress), l.account.get(k.account)]);
  if (consumed(addr) >= THROTTLE.perAddress || consumed(pair) >= THROTTLE.perAccountAddress) return { refused: true, delayMs: 0 };
  const pairDelay = Math.max(0, consumed(pair) - THROTTLE.accountAddressSlowAfter) * 1_000;
  const accountDelay = Math.min(MAX_ACCOUNT_DELAY_MS, Math.max(0, consumed(account) - THROTTLE.accountSlowAfter) * 250);
  return { refused: false, delayMs: Math.max(pairDelay, accountDelay) };
}

/** After a failed attempt: one more on each counter (a counter already full stays full). */
export async function recordFailure(db: Db, email: string, address: string, { step = 'password' }: { step?: 'password' | 'code' } = {}): Promise<void> {
  const l = limiters(db);
  const k = keys(email, address);
  const count = (limiter: RateLimiterDrizzle, key: string) =>
    limiter.penalty(key, 1).catch((err: unknown) => {
      if (err instanceof RateLimiterRes) return null;
      throw err;
    });
  await Promise.all([step === 'password' ? count(l.address, k.address) : null, count(l.accountAddress, k.accountAddress), count(l.account, k.account)]);
}

/** After the account signed in from the address: that pair starts again (the other counters run out on their own). */
export async function clearAfterSuccess(db: Db, email: string, address: string): Promise<void> {
  await limiters(db).accountAddress.delete(keys(email, address).accountAddress);
}

/**
 * Deletes the counters that have lapsed (the store reads a lapsed one as zero, but never removes it;
 * its own timer is off, as every instance would run it): the daily `sign-in-counters` job.
 */
export async function clearLapsedCounters(): Promise<{ cleared: number }> {
  return inTransaction({ verb: 'clearLapsedCounters' }, async (tx) => {
    const gone = await tx.delete(rateLimits).where(lt(rateLimits.expire, now())).returning({ key: rateLimits.key });
    return { cleared: gone.length };
  });
}

/** Waits, to slow an attempt down. */
export const pause = (ms: number) => (ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve());
