import type { Metadata } from 'next';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getEmailPreferences } from '@/lib/notifications/preferences';
import { orRefuse } from '../../_lib/guard';
import { BackLink } from '../../ui/back-link';
import { InsetText } from '../../ui/inset-text';
import { PageHeading } from '../../ui/page-heading';
import { WarningText } from '../../ui/warning-text';
import { EmailPreferencesForm } from './email-preferences-form';

export const metadata: Metadata = { title: 'Email notifications' };

export default async function EmailPreferencesPage() {
  const viewer = await requireViewer();
  const prefs = await orRefuse(getEmailPreferences(viewer));
  return (
    <>
      <BackLink href="/account">Your account</BackLink>
      <PageHeading>Email notifications</PageHeading>
      <InsetText>
        An email from Marac Hub only says that something needs your attention, with a link to sign in. It never contains a name, an address, a case
        detail or the text of an action.
      </InsetText>
      {prefs.mailConfigured ? null : <WarningText>This installation does not send email yet. Your choices are kept for when it does.</WarningText>}
      <EmailPreferencesForm emailed={prefs.emailed} />
    </>
  );
}
