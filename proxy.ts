import { NextResponse, type NextRequest } from 'next/server';
import { perRequestSecurityHeaders, trustsForwardedHost } from './lib/http/security-headers.mjs';
import { refuseEarly } from './lib/input/request-guard';

/**
 * Runs before every page, action and API request: gives the request an id (carried into its
 * audit events) and sets the Content-Security-Policy with a fresh nonce, which Next.js puts on its
 * own scripts, and HSTS over https (lib/http/security-headers.mjs; the headers that never vary are
 * set by next.config.mjs). Access control is NOT done here: every lib/ verb checks the session itself.
 */
export async function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const security = perRequestSecurityHeaders({ nonce, dev: process.env.NODE_ENV === 'development' });
  // A server action from another site, a body over its limit, or one Next.js cannot decode: 403, 413 or 400.
  const refused = await refuseEarly(request);
  if (refused) {
    for (const { key, value } of security) refused.headers.set(key, value);
    return refused;
  }
  const requestId = crypto.randomUUID();

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-request-id', requestId);
  requestHeaders.set('x-nonce', nonce);
  // Lets a page send a signed-out visitor to sign in and back again.
  requestHeaders.set('x-return-to', request.nextUrl.pathname + request.nextUrl.search);
  // X-Forwarded-Host is believed only from a proxy of ours (TRUSTED_PROXY_SETS_HOST=1); otherwise it is the
  // Host the request came with, for Next.js's own check of server actions' origin and for ours.
  if (!trustsForwardedHost()) requestHeaders.set('x-forwarded-host', request.headers.get('host') ?? '');
  // Next.js reads the nonce for its own scripts from the request's Content-Security-Policy.
  requestHeaders.set('Content-Security-Policy', security.find((h) => h.key === 'Content-Security-Policy')!.value);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const { key, value } of security) response.headers.set(key, value);
  response.headers.set('X-Request-Id', requestId);
  // Nothing a signed-in user sees may be kept by the browser or a proxy.
  response.headers.set('Cache-Control', 'no-store, max-age=0');
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|assets/|favicon.ico).*)' }],
};
