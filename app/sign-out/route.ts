import { sessionIdOfRequest } from '@/lib/auth/session-token';
import { currentRequestId } from '@/lib/auth/current-viewer';
import { signOut } from '@/lib/auth/sign-in';
import { isSessionCookieName } from '@/lib/http/session-cookie';
import { fromAnotherSite, isForeignOrigin } from '@/lib/input/request-guard';

// The header's "Sign out" is a plain form posting here, so no page carries next-auth's client code
// for it, and leaving is a full page load: nothing of the signed-in pages stays in the browser's router.

export async function POST(request: Request): Promise<Response> {
  if (isForeignOrigin(request)) return fromAnotherSite();
  const sessionId = await sessionIdOfRequest();
  if (sessionId) await signOut(sessionId, await currentRequestId());
  const headers = new Headers({ Location: '/sign-in?reason=signed-out', 'Cache-Control': 'no-store' });
  const names = (request.headers.get('cookie') ?? '').split(';').map((c) => c.split('=')[0].trim());
  for (const name of names.filter(isSessionCookieName)) {
    headers.append('Set-Cookie', `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith('__') ? '; Secure' : ''}`);
  }
  return new Response(null, { status: 303, headers });
}
