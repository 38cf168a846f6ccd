import 'server-only';
import { randomUUID } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { sessionCookieOptions } from '@/lib/http/session-cookie';
import { getSettings } from '@/lib/settings';
import { safeReturnTo } from './return-to';
import { signInWithPassword, signOut } from './sign-in';
import { sourceAddress } from './source-address';

const credentialsSchema = z.object({ email: z.string().max(254), password: z.string().max(1000) });

function header(req: { headers?: Record<string, unknown> } | undefined, name: string): string | null {
  const value = req?.headers?.[name];
  return typeof value === 'string' ? value : null;
}

/** The secret that seals the session cookie (NEXTAUTH_SECRET). */
export const authSecret = () => process.env.NEXTAUTH_SECRET;

/**
 * next-auth with email and password. The JWT in the cookie carries only the id of a server-side
 * session row (`sid`); every request checks that row (lib/auth/session.ts), so the token alone
 * never grants access.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: getSettings().sessionMaxHours * 3600 },
    // __Host- prefixed, Secure, HttpOnly, SameSite=Lax over https (lib/http/session-cookie.ts).
    cookies: sessionCookieOptions(),
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      Credentials({
        name: 'email and password',
        credentials: { email: { label: 'Email address', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const opened = await signInWithPassword({
            ...parsed.data,
            requestId: header(req, 'x-request-id') ?? randomUUID(),
            userAgent: header(req, 'user-agent'),
            address: sourceAddress((name) => header(req, name)),
          });
          return opened ? { id: opened.userId, sid: opened.sessionId } : null;
        },
      }),
    ],
    callbacks: {
      // Any callback URL next-auth is given goes to a path of this app only (lib/auth/return-to.ts).
      redirect({ url, baseUrl }) {
        const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
        return `${baseUrl}${safeReturnTo(path)}`;
      },
      jwt({ token, user }) {
        if (user?.sid) return { sub: user.id, sid: user.sid };
        return token;
      },
      // The browser learns nothing from the session but that there is one.
      session({ session, token }) {
        return { expires: session.expires, sid: token.sid };
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await signOut(token.sid, randomUUID());
      },
    },
  };
}
