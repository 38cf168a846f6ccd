import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { currentViewer } from '@/lib/auth/current-viewer';
import { roleLabels } from '@/lib/users/labels';
import { AppHeader, ProtectiveMarking, SkipLink } from './ui/header';
import { SignOutForm } from './account/sign-out-form';
import { SiteNavigation } from './site-navigation';
import { navigationFor } from './navigation';
import './ui/globals.scss';

export const metadata: Metadata = {
  title: { default: 'Marac Hub', template: '%s – Marac Hub' },
  description: 'Multi-agency risk assessment conferences: referrals, meetings and actions',
  robots: { index: false, follow: false },
};

// Every page depends on who is signed in: nothing is prerendered with data.
export const dynamic = 'force-dynamic';

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { viewer, unread } = await currentViewer();
  return (
    <html lang="en-GB" className="govuk-template">
      <body className="govuk-template__body app-wide">
        <SkipLink />
        <AppHeader
          user={viewer ? { name: viewer.name, agency: viewer.agencyName, role: roleLabels[viewer.role] } : undefined}
          signOut={viewer ? <SignOutForm /> : undefined}
        />
        {viewer ? <SiteNavigation sections={navigationFor(viewer, unread)} /> : null}
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <footer className="govuk-footer app-footer">
          <div className="govuk-width-container">
            <p className="govuk-body-s">
              Marac Hub holds information about people at high risk of harm. Use it only for the MARAC&rsquo;s
              purposes and share nothing outside the information-sharing protocol.
            </p>
          </div>
          <ProtectiveMarking />
        </footer>
      </body>
    </html>
  );
}
