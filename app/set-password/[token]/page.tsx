import type { Metadata } from 'next';
import { setupLinkIsValid } from '@/lib/users/setup-link';
import { PageHeading } from '../../ui/page-heading';
import { SetPasswordForm } from './set-password-form';

export const metadata: Metadata = { title: 'Choose your password' };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await setupLinkIsValid(token))) {
    return (
      <>
        <PageHeading>This link has expired or has already been used</PageHeading>
        <p className="govuk-body">Set-up links work once and for 72 hours. Ask your Marac Hub administrator for a new one.</p>
      </>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>Choose your password</PageHeading>
        <p className="govuk-body">
          Use at least 12 characters. A few unrelated words together make a strong password that is easy to remember.
          Do not use a password you use anywhere else.
        </p>
        <SetPasswordForm token={token} />
      </div>
    </div>
  );
}
