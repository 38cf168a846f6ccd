// Every security header Marac Hub sends, built in one place (decision 0019). Plain JavaScript so that
// next.config.mjs, which Node loads untranspiled, and proxy.ts (TypeScript, through
// security-headers.d.mts) use the same code. Nothing here reads a request: it is given what it needs.

/** True when the app is served over https, as NEXTAUTH_URL says: then HSTS and the __Host- cookie. */
export function servedOverHttps(appUrl = process.env.NEXTAUTH_URL) {
  return typeof appUrl === 'string' && appUrl.startsWith('https://');
}

/**
 * The headers that are the same on every response, static files included (next.config.mjs headers(),
 * which Next.js fixes at build time: nothing here depends on the environment).
 */
export function staticSecurityHeaders() {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // No referrer ever leaves for another site. Not 'no-referrer': under it a browser sends `Origin: null`
    // with a form it posts itself (a server action's form without JavaScript), and Next.js refuses that
    // as a request from another site (decision 0010).
    { key: 'Referrer-Policy', value: 'same-origin' },
    // CSP's frame-ancestors 'none' says the same to browsers of today; this is for older ones.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

/**
 * The headers the proxy sets on each page, action and API response, read at run time: the
 * Content-Security-Policy with the request's nonce, and HSTS when the app is served over https (over
 * plain http a browser ignores it; on localhost it would pin every other local app to https).
 */
export function perRequestSecurityHeaders({ nonce, dev = false, https = servedOverHttps() }) {
  const headers = [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ nonce, dev }) }];
  // Two years, the subdomains too; not "preload", which is a choice for the domain's owner.
  if (https) headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' });
  return headers;
}

/**
 * The Content-Security-Policy of one response: scripts only from this origin with the request's
 * nonce (Next.js puts it on its own scripts; 'strict-dynamic' lets them load the rest). Styles only
 * from this origin: no 'unsafe-inline', so neither a <style> element nor a style="" attribute that an
 * injection got into a page is applied. Next.js's development server needs eval and inline styles.
 */
export function contentSecurityPolicy({ nonce, dev = false }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Where server actions may be posted from besides the request's own host: the host of NEXTAUTH_URL,
 * the address users really reach the app on (next.config.mjs experimental.serverActions.allowedOrigins).
 */
export function allowedActionOrigins(appUrl = process.env.NEXTAUTH_URL) {
  if (!appUrl) return [];
  try {
    return [new URL(appUrl).host];
  } catch {
    return [];
  }
}

/**
 * Whether X-Forwarded-Host may be believed: only when TRUSTED_PROXY_SETS_HOST=1 says that every request
 * reaches this instance through a proxy of ours that sets that header itself. Otherwise anyone could
 * send one, and the proxy replaces it with the Host the request came with.
 */
export function trustsForwardedHost(env = process.env) {
  return env.TRUSTED_PROXY_SETS_HOST === '1';
}
