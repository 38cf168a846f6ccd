import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getUser } from '@/lib/users/get';
import { roleLabels } from '@/lib/users/labels';
import { orRefuse } from '../_lib/guard';
import { PageHeading } from '../ui/page-heading';
import { SummaryList } from '../ui/summary-list';
import { SessionsTable } from './sessions-table';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const viewer = await requireViewer();
  const me = await orRefuse(getUser(viewer, viewer.userId));
  return (
    <>
      <PageHeading>Your account</PageHeading>
      <SummaryList
        rows={[
          { key: 'Name', value: me.name },
          { key: 'Email address', value: me.email },
          { key: 'Agency', value: me.agencyName },
          { key: 'Role', value: roleLabels[me.role as keyof typeof roleLabels] },
        ]}
      />
      <p className="govuk-body">To change these details or your password, ask your Marac Hub administrator.</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/account/email">
          Choose which emails you receive
        </Link>
      </p>
      <SessionsTable sessions={me.sessions} caption="Where you are signed in" ownSessions />
    </>
  );
}
