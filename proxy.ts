import { NextResponse, type NextRequest } from 'next/server';
import { refuseEarly } from './lib/input/request-guard';

/**
 * Runs before every page, action and API request: gives the request an id (carried into its
 * audit events) and sets the Content-Security-Policy with a fresh nonce, which Next.js puts on its
 * own scripts. Access control is NOT done here: every lib/ verb checks the session itself.
 */
export async function proxy(request: NextRequest) {
  // A server action from another site, a body over its limit, or one Next.js cannot decode: 403, 413 or 400.
  const refused = await refuseEarly(request);
  if (refused) return refused;
  const requestId = crypto.randomUUID();
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV === 'development';
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-request-id', requestId);
  requestHeaders.set('x-nonce', nonce);
  // Lets a page send a signed-out visitor to sign in and back again.
  requestHeaders.set('x-return-to', request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set('Content-Security-Policy', csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('X-Request-Id', requestId);
  // Nothing a signed-in user sees may be kept by the browser or a proxy.
  response.headers.set('Cache-Control', 'no-store, max-age=0');
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|assets/|favicon.ico).*)' }],
};
