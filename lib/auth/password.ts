import 'server-only';
import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const options = { algorithm: 2 /* Argon2id (a const enum in the package's types) */, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

let dummy: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (unknown email, no password set yet) it
 * still checks against a dummy hash, so the time taken does not tell which accounts exist.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  dummy ??= hash('not-a-real-password-for-timing-only', options);
  const target = storedHash ?? (await dummy);
  const ok = await verify(target, password).catch(() => false);
  return ok && storedHash != null;
}
