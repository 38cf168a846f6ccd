import 'server-only';
import { decode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { sessionCookieOptions } from '@/lib/http/session-cookie';
import { authSecret } from './options';

/**
 * The id of the session row that this request's cookie names, or null. The cookie is next-auth's
 * encrypted token (lib/auth/options.ts), decrypted here and not written again: next-auth's
 * getServerSession encrypts and sets it afresh on every request to roll its expiry, which gains
 * nothing here, as the row's lifetime is absolute (lib/auth/session.ts) and the cookie was given the
 * same one at sign-in. Whether the row is live is the caller's check (loadLiveSession).
 */
export async function sessionIdOfRequest(): Promise<string | null> {
  const secret = authSecret();
  const token = (await cookies()).get(sessionCookieOptions().sessionToken!.name)?.value;
  if (!token || !secret) return null;
  try {
    const claims = await decode({ token, secret });
    return typeof claims?.sid === 'string' ? claims.sid : null;
  } catch {
    // Not a token of ours (tampered, or sealed with another secret): no session.
    return null;
  }
}
