import { afterEach, describe, expect, it, vi } from 'vitest';
import { isForeignOrigin } from '@/lib/input/request-guard';
import {
  allowedActionOrigins,
  contentSecurityPolicy,
  perRequestSecurityHeaders,
  servedOverHttps,
  staticSecurityHeaders,
  trustsForwardedHost,
} from './security-headers.mjs';
import { isSessionCookieName, sessionCookieOptions } from './session-cookie';

const asObject = (headers: { key: string; value: string }[]) => Object.fromEntries(headers.map((h) => [h.key, h.value]));

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the security headers', () => {
  it('that never vary: nosniff, same-origin referrer, no framing, no powerful features', () => {
    const h = asObject(staticSecurityHeaders());
    expect(h).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    // HSTS depends on where the app is served, read at run time by the proxy, not fixed at build time.
    expect(h['Strict-Transport-Security']).toBeUndefined();
  });

  it('CSP: scripts only with the nonce, styles only from the app itself (no inline styles), no framing', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc123' });
    const directives = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives['script-src']).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directives['style-src']).toBe("'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(directives['frame-ancestors']).toBe("'none'");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['default-src']).toBe("'self'");
    expect(directives['form-action']).toBe("'self'");
    // Next.js's development server evaluates code and injects styles.
    expect(contentSecurityPolicy({ nonce: 'n', dev: true })).toMatch(/script-src [^;]*'unsafe-eval'.*style-src 'self' 'unsafe-inline'/);
  });

  it('HSTS only when NEXTAUTH_URL is https', () => {
    expect(servedOverHttps('https://marac.example')).toBe(true);
    expect(servedOverHttps('http://localhost:3000')).toBe(false);
    expect(servedOverHttps(undefined)).toBe(false);
    expect(asObject(perRequestSecurityHeaders({ nonce: 'n', https: true }))['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(asObject(perRequestSecurityHeaders({ nonce: 'n', https: false }))['Strict-Transport-Security']).toBeUndefined();
    vi.stubEnv('NEXTAUTH_URL', 'https://marac.example');
    expect(Object.keys(asObject(perRequestSecurityHeaders({ nonce: 'n' })))).toEqual(['Content-Security-Policy', 'Strict-Transport-Security']);
    vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
    expect(Object.keys(asObject(perRequestSecurityHeaders({ nonce: 'n' })))).toEqual(['Content-Security-Policy']);
  });

  it('server actions may come from the host of NEXTAUTH_URL only', () => {
    expect(allowedActionOrigins('https://marac.example/')).toEqual(['marac.example']);
    expect(allowedActionOrigins('http://localhost:3100')).toEqual(['localhost:3100']);
    expect(allowedActionOrigins(undefined)).toEqual([]);
    expect(allowedActionOrigins('not a url')).toEqual([]);
  });
});

describe('X-Forwarded-Host', () => {
  const post = (headers: Record<string, string>) => new Request('http://internal:3000/x', { method: 'POST', headers });

  it('is believed only with TRUSTED_PROXY_SETS_HOST=1', () => {
    expect(trustsForwardedHost({})).toBe(false);
    expect(trustsForwardedHost({ TRUSTED_PROXY_SETS_HOST: 'yes' })).toBe(false);
    expect(trustsForwardedHost({ TRUSTED_PROXY_SETS_HOST: '1' })).toBe(true);
  });

  it('cannot make a post from another site pass the origin check, unless a trusted proxy set it', () => {
    vi.stubEnv('NEXTAUTH_URL', 'https://marac.example');
    const forged = { origin: 'https://evil.example', host: 'marac.example', 'x-forwarded-host': 'evil.example' };
    expect(isForeignOrigin(post(forged))).toBe(true);
    vi.stubEnv('TRUSTED_PROXY_SETS_HOST', '1');
    expect(isForeignOrigin(post(forged))).toBe(false);
  });

  it('is not needed behind a proxy that passes on another Host: NEXTAUTH_URL’s host is allowed', () => {
    vi.stubEnv('NEXTAUTH_URL', 'https://marac.example');
    expect(isForeignOrigin(post({ origin: 'https://marac.example', host: 'internal:3000' }))).toBe(false);
    expect(isForeignOrigin(post({ origin: 'https://other.example', host: 'internal:3000' }))).toBe(true);
    expect(isForeignOrigin(post({ origin: 'null', host: 'marac.example' }))).toBe(true);
  });
});

describe('the session cookie', () => {
  it('over https: __Host- prefixed, Secure, HttpOnly, SameSite=Lax, for the whole path and no domain', () => {
    const { sessionToken } = sessionCookieOptions(true);
    expect(sessionToken).toEqual({ name: '__Host-next-auth.session-token', options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true } });
    expect(sessionToken!.options).not.toHaveProperty('domain');
  });

  it('over plain http (local use): plainly named, not Secure, still HttpOnly and SameSite=Lax', () => {
    expect(sessionCookieOptions(false).sessionToken).toEqual({ name: 'next-auth.session-token', options: { httpOnly: true, sameSite: 'lax', path: '/', secure: false } });
  });

  it('follows NEXTAUTH_URL', () => {
    vi.stubEnv('NEXTAUTH_URL', 'https://marac.example');
    expect(sessionCookieOptions().sessionToken!.name).toBe('__Host-next-auth.session-token');
    vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
    expect(sessionCookieOptions().sessionToken!.name).toBe('next-auth.session-token');
  });

  it('is recognised under every name when signing out', () => {
    for (const name of ['next-auth.session-token', '__Host-next-auth.session-token', '__Secure-next-auth.session-token', '__Host-next-auth.session-token.1']) {
      expect(isSessionCookieName(name)).toBe(true);
    }
    expect(isSessionCookieName('next-auth.csrf-token')).toBe(false);
    expect(isSessionCookieName('x-next-auth.session-token')).toBe(false);
  });
});
