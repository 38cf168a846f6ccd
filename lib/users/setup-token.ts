import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { getSettings } from '@/lib/settings';
import { now } from '@/db/clock';

export const hashSetupToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new one-time set-up token: the link holds the token, the database only its hash. */
export function newSetupToken(at = now()) {
  const { setupLinkHours, appUrl } = getSettings();
  const token = randomBytes(32).toString('base64url');
  return {
    token,
    hash: hashSetupToken(token),
    expiresAt: new Date(at.getTime() + setupLinkHours * 3_600_000),
    link: `${appUrl}/set-password/${token}`,
  };
}
