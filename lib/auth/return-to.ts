/**
 * Where to send a user after they sign in (or after any other page that takes a `returnTo`): only a
 * path of this app, never another site. Used by every reader of `returnTo` and by next-auth's
 * redirect callback, so the rule is written once. Anything doubtful answers "/".
 *
 * Browsers forgive a lot: they drop tabs and newlines anywhere in a URL, treat "\" as "/", and read
 * "//host" or "/\host" as another site. So a path is accepted only if, as given and as decoded (up to
 * three times, for links encoded more than once), it starts with exactly one "/" followed by neither
 * "/" nor "\", holds no control or format character and no "\" anywhere, no space in its path (a
 * space is allowed in the query, as in `?venue=Council%20offices`), and has no scheme or host.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return '/';
  const forms = [value];
  for (let i = 0; i < 3; i++) {
    const last = forms[forms.length - 1];
    let decoded: string;
    try {
      decoded = decodeURIComponent(last);
    } catch {
      return '/'; // malformed percent-encoding: nothing to trust
    }
    if (decoded === last) break;
    forms.push(decoded);
  }
  // Still encoded after three decodings: someone is trying hard.
  if (forms.length === 4 && /%[0-9a-f]{2}/i.test(forms[3])) return '/';
  return forms.every(isLocalPath) && staysHere(value) ? value : '/';
}

// C0 and C1 controls (tab, newline, CR…), DEL, format characters (zero-width, bidi) and a backslash,
// anywhere; any kind of space in the path itself.
const forbidden = /[\p{Cc}\p{Cf}\\]/u;
const space = /[\p{Z}\s]/u;

function isLocalPath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0];
  return url.startsWith('/') && url[1] !== '/' && !forbidden.test(url) && !space.test(path);
}

/** The URL parser's own answer: resolved against this app, it stays on this app. */
function staysHere(path: string): boolean {
  const base = 'http://marac-hub.invalid';
  try {
    return new URL(path, base).origin === base;
  } catch {
    return false;
  }
}
