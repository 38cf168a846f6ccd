/**
 * Checks on a request before Next.js reads it, run by proxy.ts. Next.js itself refuses a server action
 * from another site, one over its body limit, and one whose body it cannot decode, but answers each with
 * a 500 and an error in the log; these answer as HTTP means: 403, 413 and 400, with a short page a
 * person can read, which says nothing of what was sent.
 */

import { allowedActionOrigins, trustsForwardedHost } from '@/lib/http/security-headers.mjs';

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
export const unreadable = () => page(400, 'What you sent could not be read', 'Nothing was saved. Go back, reload the page and try again.');

export const fromAnotherSite = () => page(403, 'This request came from another website', 'Nothing was saved. Open Marac Hub at its own address and try again.');

/**
 * A request a page of another site made the browser send (cross-site request forgery): its Origin is
 * not this host, or is "null" (a sandboxed or opaque origin). A request without an Origin is not one a
 * browser sends from a form or a script of another site. Server actions (here) and the route handlers
 * that take a POST (an evidence upload) ask the same.
 */
export function isForeignOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  if (origin === 'null') return true;
  // The request's own host (X-Forwarded-Host only from a trusted proxy), or the host of NEXTAUTH_URL.
  const forwarded = trustsForwardedHost() ? request.headers.get('x-forwarded-host') : null;
  const host = forwarded || request.headers.get('host');
  try {
    const from = new URL(origin).host;
    return !(from === host || allowedActionOrigins().includes(from));
  } catch {
    // An Origin that is not a URL is foreign too.
    return true;
  }
}

/** The refusal for a request that must not go on, or null. */
export async function refuseEarly(request: Request): Promise<Response | null> {
  if (request.method !== 'POST') return null;
  const url = new URL(request.url);
  const length = Number(request.headers.get('content-length') ?? '0');
  if (url.pathname.startsWith('/api/auth/') && length > SIGN_IN_BODY_LIMIT) return tooLarge();
  if (!request.headers.has('next-action')) return null;

  // A server action posted from another site (cross-site request forgery).
  if (isForeignOrigin(request)) return fromAnotherSite();
  if (length > ACTION_BODY_LIMIT) return tooLarge();
  return refuseUnreadableAction(request);
}

/**
 * A server action's body as the browser's React sends it (react-server-dom's encodeReply): the action's
 * arguments as a JSON array, posted as text; or, when an argument needs parts of its own (a form's
 * FormData, a file), multipart form data whose field "0" is that JSON array. Next.js decodes it before
 * any code of ours runs, and answers a 500 when it cannot: an empty body (a request with no
 * Content-Length and no body is one), text that is not JSON, or a reference to a part that a text body
 * cannot have. Those answer 400 here. A body sent without a Content-Length is read up to the limit, and
 * past it answers 413. (Next.js hands the proxy a copy of the body and keeps the original for the
 * action, so reading it here takes nothing from the action.) A url-encoded body is left to Next.js,
 * which answers it "not found"; so is a form posted without JavaScript, which carries no Next-Action
 * header.
 */
async function refuseUnreadableAction(request: Request): Promise<Response | null> {
  const contentType = request.headers.get('content-type');
  if (contentType === 'application/x-www-form-urlencoded') return null;
  const body = await readUpTo(request.body, ACTION_BODY_LIMIT);
  if (body === 'too_large') return tooLarge();
  if (body.byteLength === 0) return unreadable();
  try {
    if (contentType?.startsWith('multipart/form-data')) {
      const form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': contentType } }).formData();
      const root = form.get('0');
      return typeof root === 'string' && Array.isArray(JSON.parse(root)) ? null : unreadable();
    }
    const args: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    return Array.isArray(args) && onlyPartFree(args) ? null : unreadable();
  } catch {
    // Not UTF-8, not JSON, not form data, or nested past what can be checked.
    return unreadable();
  }
}

/** The body, or 'too_large' once it passes `limit` bytes (the rest is read and dropped, not kept). */
async function readUpTo(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | 'too_large'> {
  if (!stream) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size <= limit) chunks.push(chunk);
  }
  if (size > limit) return 'too_large';
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/**
 * The strings beginning with "$" that a reply sent as text can hold: an escaped "$", a temporary
 * reference, a date, undefined, the special numbers and a BigInt. Every other "$" form points at a part
 * of a multipart body, which text has none of.
 */
const partFree = /^\$(?:\$|T$|D|undefined$|NaN$|Infinity$|-Infinity$|-0$|n-?\d{1,300}$)/;

function onlyPartFree(value: unknown): boolean {
  if (typeof value === 'string') return value[0] !== '$' || partFree.test(value);
  if (Array.isArray(value)) return value.every(onlyPartFree);
  if (value !== null && typeof value === 'object') return Object.values(value).every(onlyPartFree);
  return true;
}
