import 'server-only';
import type { CookiesOptions } from 'next-auth';
import { servedOverHttps } from './security-headers.mjs';

/** next-auth's session cookie as it is named over https (`__Host-`) and over plain http. */
export const SESSION_COOKIE = 'next-auth.session-token';

/**
 * The session cookie (decision 0019). Over https (NEXTAUTH_URL starts with https://): `__Host-`
 * prefixed, so a browser takes it only if it is Secure, for the path / and with no Domain, which no
 * subdomain can set or overwrite; HttpOnly and SameSite=Lax. Over plain http (a local demo) a browser
 * refuses a Secure or `__Host-` cookie, so it is plainly named and not Secure: README says why.
 */
export function sessionCookieOptions(https = servedOverHttps()): Partial<CookiesOptions> {
  return {
    sessionToken: {
      name: `${https ? '__Host-' : ''}${SESSION_COOKIE}`,
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: https },
    },
  };
}

/** Whether a cookie name is the session cookie, or one of its chunks (a token split in parts), under either name. */
export function isSessionCookieName(name: string): boolean {
  return /^(__Host-|__Secure-)?next-auth\.session-token(\.\d+)?$/.test(name);
}
