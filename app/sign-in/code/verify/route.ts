import { currentRequestId } from '@/lib/auth/current-viewer';
import { signInCodeStep } from '@/lib/auth/mfa';
import { sessionIdOfRequest } from '@/lib/auth/session-token';
import { safeReturnTo } from '@/lib/auth/return-to';
import { sourceAddress } from '@/lib/auth/source-address';
import { fromAnotherSite, isForeignOrigin } from '@/lib/input/request-guard';
import { SessionInvalid } from '@/lib/errors';
import { seeOther } from '@/app/_lib/evidence-http';

export const dynamic = 'force-dynamic';

/**
 * The code step as a plain form post (no script needed), as the scripts that sign in over HTTP use it
 * (scripts/lib/probe.ts): the same verb as the page's form. Accepted: on to `returnTo`; refused: back
 * to the code step, which then says so.
 */
export async function POST(request: Request) {
  if (isForeignOrigin(request)) return fromAnotherSite();
  const sessionId = await sessionIdOfRequest();
  if (!sessionId) return seeOther('/sign-in');
  let form: FormData | null;
  try {
    form = await request.formData();
  } catch {
    form = null;
  }
  const code = form?.get('code');
  const returnTo = safeReturnTo(form?.get('returnTo'));
  try {
    const ok = await signInCodeStep({
      sessionId,
      code: typeof code === 'string' ? code : '',
      requestId: await currentRequestId(),
      address: sourceAddress((name) => request.headers.get(name)),
    });
    return seeOther(ok ? returnTo : `/sign-in/code?${new URLSearchParams({ returnTo, failed: '1' })}`);
  } catch (err) {
    if (err instanceof SessionInvalid) return seeOther('/sign-in?reason=ended');
    throw err;
  }
}
