import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listAgencies } from '@/lib/agencies/list';
import { getUser } from '@/lib/users/get';
import { roleLabels } from '@/lib/users/labels';
import { formatDateTime } from '../../../_lib/format';
import { orRefuse } from '../../../_lib/guard';
import { SessionsTable } from '../../../account/sessions-table';
import { BackLink } from '../../../ui/back-link';
import { PageHeading } from '../../../ui/page-heading';
import { SummaryList } from '../../../ui/summary-list';
import { UserStatus } from '../users-table';
import { AccessForm } from './access-form';
import { AccountControls } from './account-controls';

export const metadata: Metadata = { title: 'User' };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const [user, agencies] = await orRefuse(Promise.all([getUser(viewer, id), listAgencies(viewer)]));
  const isSelf = user.id === viewer.userId;

  return (
    <>
      <BackLink href="/admin/users">Users</BackLink>
      <PageHeading caption="Administration">{user.name}</PageHeading>
      <SummaryList
        rows={[
          { key: 'Email address', value: user.email },
          { key: 'Agency', value: user.agencyName },
          { key: 'Role', value: roleLabels[user.role as keyof typeof roleLabels] },
          { key: 'Status', value: <UserStatus active={user.active} awaitingSetup={user.awaitingSetup} /> },
          { key: 'Authenticator app', value: user.mfaEnrolled ? 'Set up' : 'Not set up: the user sets it up at their next sign-in' },
          ...(user.setupLinkExpiresAt ? [{ key: 'Set-up link valid until', value: formatDateTime(user.setupLinkExpiresAt) }] : []),
          { key: 'Last sign-in', value: formatDateTime(user.lastSignInAt) },
          { key: 'Added', value: formatDateTime(user.createdAt) },
        ]}
      />
      {user.canSeeActivity ? (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/audit/users/${user.id}`}>
            Everything {user.name} touched
          </Link>{' '}
          (from the audit log)
        </p>
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <AccessForm
            userId={user.id}
            role={user.role}
            agencyId={user.agencyId}
            agencies={agencies.map((a) => ({ value: a.id, label: a.active ? a.name : `${a.name} (closed)` }))}
          />
          <AccountControls userId={user.id} name={user.name} active={user.active} mfaEnrolled={user.mfaEnrolled} isSelf={isSelf} />
        </div>
      </div>
      <SessionsTable sessions={user.sessions} caption="Active sessions" ownSessions={isSelf} />
    </>
  );
}
