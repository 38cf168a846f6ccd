import { encode } from 'next-auth/jwt';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionCookieOptions } from '@/lib/http/session-cookie';
import { sessionIdOfRequest } from './session-token';

// The request's cookies, as next/headers gives them to the code under test.
let jar = new Map<string, string>();
vi.mock('next/headers', () => ({ cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) }) }));

const cookieName = sessionCookieOptions().sessionToken!.name;
const secret = 'a-test-secret-of-some-length-0123456789';
const sid = '7d0f6c7e-3a55-4d0b-9d0e-2f4a1c9b8e11';

beforeEach(() => {
  jar = new Map();
  vi.stubEnv('NEXTAUTH_SECRET', secret);
});

describe('the session id of a request', () => {
  it('is the sid sealed in next-auth’s session cookie', async () => {
    jar.set(cookieName, await encode({ token: { sub: 'user', sid }, secret }));
    expect(await sessionIdOfRequest()).toBe(sid);
  });

  it('is none without the cookie, with a token sealed with another secret, a tampered one, or one without a sid', async () => {
    expect(await sessionIdOfRequest()).toBeNull();
    jar.set(cookieName, await encode({ token: { sub: 'user', sid }, secret: 'another-secret-entirely-0123456789' }));
    expect(await sessionIdOfRequest()).toBeNull();
    const good = await encode({ token: { sub: 'user', sid }, secret });
    jar.set(cookieName, `${good.slice(0, -4)}AAAA`);
    expect(await sessionIdOfRequest()).toBeNull();
    jar.set(cookieName, 'not-a-token');
    expect(await sessionIdOfRequest()).toBeNull();
    jar.set(cookieName, await encode({ token: { sub: 'user' }, secret }));
    expect(await sessionIdOfRequest()).toBeNull();
  });

  it('is none once the token has expired', async () => {
    jar.set(cookieName, await encode({ token: { sub: 'user', sid }, secret, maxAge: -60 }));
    expect(await sessionIdOfRequest()).toBeNull();
  });
});
