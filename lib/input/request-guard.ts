/**
 * Cheap checks on a request before anything reads its body, run by proxy.ts. Next.js itself refuses a
 * server action from another site, or one over its body limit, but answers both with a 500 and an error
 * in the log; these answer as HTTP means: 403 and 413, with a short page a person can read.
 */

/** The largest body a server action takes (next.config.mjs sets Next's own limit to the same). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/** The largest body the sign-in route takes: an email address and a password. */
export const SIGN_IN_BODY_LIMIT = 16 * 1024;

const page = (status: number, title: string, body: string) =>
  new Response(
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title} – Marac Hub</title></head><body><main><h1>${title}</h1><p>${body}</p><p><a href="/">Go to the home page</a></p></main></body></html>`,
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } },
  );

export const tooLarge = () => page(413, 'What you sent is too large', 'Nothing was saved. Go back, make what you sent shorter, and try again.');

/** The refusal for a request that must not go on, or null. */
export function refuseEarly(request: Request): Response | null {
  if (request.method !== 'POST') return null;
  const url = new URL(request.url);
  const length = Number(request.headers.get('content-length') ?? '0');
  if (url.pathname.startsWith('/api/auth/') && length > SIGN_IN_BODY_LIMIT) return tooLarge();
  if (!request.headers.has('next-action')) return null;

  // A server action posted from another site (cross-site request forgery).
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin && origin !== 'null') {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      // An Origin that is not a URL is foreign too.
    }
    if (!host || originHost !== host) return page(403, 'This request came from another website', 'Nothing was saved. Open Marac Hub at its own address and try again.');
  } else if (origin === 'null') {
    return page(403, 'This request came from another website', 'Nothing was saved. Open Marac Hub at its own address and try again.');
  }
  if (length > ACTION_BODY_LIMIT) return tooLarge();
  return null;
}
