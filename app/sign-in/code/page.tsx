import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { currentRequestId } from '@/lib/auth/current-viewer';
import { demoCodeFor, enrolmentOffer, loadSignInSession } from '@/lib/auth/mfa';
import { sessionIdOfRequest } from '@/lib/auth/session-token';
import { safeReturnTo } from '@/lib/auth/return-to';
import { SessionInvalid } from '@/lib/errors';
import { inTransaction } from '@/lib/logging/transaction';
import { ErrorSummary } from '../../ui/error-summary';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { codeStepAction } from './actions';
import { CodeForm } from './code-form';
import { CODE_FAILED } from './messages';
import { EnrolForm } from './enrol-form';
import { LeaveSignInForm } from './leave-form';

export const metadata: Metadata = { title: 'Sign in: code' };
export const dynamic = 'force-dynamic';

/**
 * The second step of signing in (decision 0016): a code from the authenticator app, or a recovery code;
 * at the first sign-in (or after an administrator's reset), setting the app up. Reached with a session
 * past the password step only; any other page refuses such a session and sends it here.
 */
export default async function CodeStepPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const returnTo = safeReturnTo(params.returnTo);
  const sessionId = await sessionIdOfRequest();
  if (!sessionId) redirect('/sign-in');
  const requestId = await currentRequestId();
  let state: { verified: boolean; enrolled: boolean };
  try {
    state = await inTransaction({ verb: 'codeStepPage', requestId }, async (tx) => {
      const { viewer, user } = await loadSignInSession(tx, sessionId, requestId);
      return { verified: viewer.mfaVerified, enrolled: user.totpSecret != null };
    }, await getDb());
  } catch (err) {
    if (err instanceof SessionInvalid) redirect('/sign-in?reason=ended');
    throw err;
  }
  if (state.verified) redirect(returnTo);

  if (!state.enrolled) {
    const offer = await enrolmentOffer(sessionId, requestId);
    if (!offer) redirect(`/sign-in/code?${new URLSearchParams({ returnTo })}`);
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption="Sign in">Set up your authenticator app</PageHeading>
          <p className="govuk-body">
            Marac Hub asks for a code from an authenticator app on your phone each time you sign in, so that a password alone never opens your
            account. Use the app your organisation recommends (for example Microsoft Authenticator or Google Authenticator).
          </p>
          <ol className="govuk-list govuk-list--number">
            <li>In the app, add an account and scan this QR code.</li>
            <li>If you cannot scan it, choose to enter a key instead and type the key below.</li>
            <li>Enter the 6-digit code the app then shows.</li>
          </ol>
          <div className="app-qr-code" role="img" aria-label="QR code for your authenticator app" dangerouslySetInnerHTML={{ __html: offer.qrSvg }} />
          <h2 className="govuk-heading-s">Key</h2>
          <p className="govuk-body">
            <code id="totp-key" className="app-totp-key">
              {offer.key.match(/.{1,4}/g)!.join(' ')}
            </code>
          </p>
          <EnrolForm returnTo={returnTo} />
          <LeaveSignInForm />
        </div>
      </div>
    );
  }

  const demoCode = await demoCodeFor(sessionId, requestId);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {params.failed ? <ErrorSummary errors={[{ href: '#code', text: CODE_FAILED }]} /> : null}
        <PageHeading caption="Sign in">Enter a code from your authenticator app</PageHeading>
        {demoCode ? (
          <NotificationBanner title="Demonstration">
            <p className="govuk-body">
              This is a demonstration. Its accounts have no phone: the code their authenticator app would show now is{' '}
              <strong id="demo-code">{demoCode}</strong>. Outside the demonstration, no code is ever shown here.
            </p>
          </NotificationBanner>
        ) : null}
        <p className="govuk-body">Open the app on your phone and enter the 6-digit code it shows for Marac Hub. Each code works once.</p>
        <CodeForm action={codeStepAction} returnTo={returnTo} submitLabel="Continue" />
        <p className="govuk-body">Lost your phone? Enter one of your recovery codes instead, then ask your administrator to reset your authenticator app.</p>
        <LeaveSignInForm />
      </div>
    </div>
  );
}
