import type { Metadata } from 'next';
import { safeReturnTo } from '@/lib/auth/return-to';
import { getSettings } from '@/lib/settings';
import { DEMO_PASSWORD } from '@/db/demo-password';
import { NotificationBanner } from '../ui/notification-banner';
import { PageHeading } from '../ui/page-heading';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

const notices: Record<string, { title: string; text: string; type?: 'success' }> = {
  ended: { title: 'Your session has ended', text: 'Sign in again to carry on.' },
  'signed-out': { title: 'You have signed out', text: 'Close the browser window if you are on a shared computer.', type: 'success' },
  'password-set': { title: 'Your password is set', text: 'Sign in with your email address and new password.', type: 'success' },
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const notice = params.reason ? notices[params.reason] : undefined;
  const { demo } = getSettings();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {notice ? (
          <NotificationBanner type={notice.type} title={notice.title}>
            <p className="govuk-body">{notice.text}</p>
          </NotificationBanner>
        ) : null}
        <PageHeading>Sign in to Marac Hub</PageHeading>
        <p className="govuk-body">
          For MARAC coordinators, chairs and agency representatives. Your administrator gives you access.
        </p>
        {demo ? (
          <NotificationBanner title="Demonstration">
            <p className="govuk-body">
              This is a demonstration with fictional people. Every demo account, for example{' '}
              <strong>coordinator@marac.example</strong>, uses the password <strong>{DEMO_PASSWORD}</strong>.
            </p>
          </NotificationBanner>
        ) : null}
        <SignInForm returnTo={safeReturnTo(params.returnTo)} />
      </div>
    </div>
  );
}
