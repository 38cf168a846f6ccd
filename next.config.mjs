import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { allowedActionOrigins, staticSecurityHeaders } from './lib/http/security-headers.mjs';

// /api/info's version and commit, fixed when the app is built (lib/info.ts): MARAC_COMMIT when the
// build is given it (an image built without .git), else git's.
function buildCommit() {
  if (process.env.MARAC_COMMIT) return process.env.MARAC_COMMIT;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  env: { MARAC_BUILD_VERSION: JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version, MARAC_BUILD_COMMIT: buildCommit() },
  reactStrictMode: true,
  // forbidden() answers 403 with app/forbidden.tsx when a role may not use a page.
  // A server action's body is at most 1 MB (the same limit as lib/input/request-guard.ts, which answers
  // 413 before Next.js reads a body whose length is declared over it). Server code is not minified, so
  // the stack frames and verb names in the server's log (lib/logging/) read as the source does.
  // proxy.ts sees every request's body; past proxyClientMaxBodySize Next.js would hand the route only the
  // first part of it. Evidence uploads (a route handler, which caps the body at ATTACHMENT_MAX_MB as it
  // reads) must reach it whole: ATTACHMENT_MAX_MB may be up to 100. Server actions may come from the
  // host of NEXTAUTH_URL, whatever Host a proxy in front passes on (decision 0019).
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: '1mb', allowedOrigins: allowedActionOrigins() },
    serverMinification: false,
    proxyClientMaxBodySize: '101mb',
  },
  // PGlite loads its WebAssembly and data files at run time: it must not be bundled.
  // rate-limiter-flexible loads drizzle-orm with a computed import: it must be required at run time, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'rate-limiter-flexible'],
  sassOptions: { loadPaths: ['.', 'node_modules'], quietDeps: true, silenceDeprecations: ['import'] },
  // The agreed actions' pages moved from /actions to /action-items (so that their folder cannot be
  // mistaken for server actions); links and bookmarks to the old addresses still arrive.
  async redirects() {
    return [
      { source: '/actions', destination: '/action-items', permanent: true },
      { source: '/actions/:path*', destination: '/action-items/:path*', permanent: true },
    ];
  },
  // Security headers that do not vary per request, on every response (lib/http/security-headers.mjs);
  // the Content-Security-Policy (with a per-request nonce), HSTS and the request id are set in proxy.ts.
  async headers() {
    return [{ source: '/:path*', headers: staticSecurityHeaders() }];
  },
};

export default nextConfig;
