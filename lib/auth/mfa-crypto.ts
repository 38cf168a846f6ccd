import 'server-only';
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * TOTP keys at rest: AES-256-GCM under a key derived (HKDF-SHA-256) from NEXTAUTH_SECRET, so a copy of
 * the database alone opens no authenticator. Stored as `v1.<iv>.<tag>.<ciphertext>`, base64url.
 * Changing NEXTAUTH_SECRET makes every stored key unreadable: users then re-enrol (an administrator
 * resets each one).
 */
function key(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET must be set to store authenticator keys');
  return Buffer.from(hkdfSync('sha256', secret, 'marac-hub', 'totp-secret-v1', 32));
}

export function encryptSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

export function decryptSecret(stored: string): string {
  const [version, iv, tag, body] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !body) throw new Error('unreadable authenticator key');
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** Recovery codes and throttle keys are kept as SHA-256 hashes only. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
