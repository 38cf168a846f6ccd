import type { Metadata } from 'next';
import { requireViewer } from '@/lib/auth/current-viewer';
import { demoCodeFor } from '@/lib/auth/mfa';
import { safeReturnTo } from '@/lib/auth/return-to';
import { STEP_UP_MINUTES } from '@/lib/authz';
import { NotificationBanner } from '../ui/notification-banner';
import { PageHeading } from '../ui/page-heading';
import { CodeForm } from '../sign-in/code/code-form';
import { stepUpAction } from './actions';

export const metadata: Metadata = { title: 'Confirm it is you' };
export const dynamic = 'force-dynamic';

/** Step-up (decision 0016): a code again before an action that needs one given in the last few minutes. */
export default async function StepUpPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const returnTo = safeReturnTo((await searchParams).returnTo);
  const demoCode = await demoCodeFor(viewer.sessionId, viewer.requestId);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>Confirm it is you</PageHeading>
        <p className="govuk-body">
          What you asked for shows or changes protected information, so it needs a code from your authenticator app given in the last{' '}
          {STEP_UP_MINUTES} minutes. Enter the code the app shows now, then you go back to where you were.
        </p>
        {demoCode ? (
          <NotificationBanner title="Demonstration">
            <p className="govuk-body">
              This is a demonstration. The code this account’s authenticator app would show now is <strong id="demo-code">{demoCode}</strong>.
            </p>
          </NotificationBanner>
        ) : null}
        <CodeForm action={stepUpAction} returnTo={returnTo} submitLabel="Confirm" allowRecovery={false} />
      </div>
    </div>
  );
}
