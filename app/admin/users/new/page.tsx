import type { Metadata } from 'next';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listAgencies } from '@/lib/agencies/list';
import { orRefuse } from '../../../_lib/guard';
import { BackLink } from '../../../ui/back-link';
import { PageHeading } from '../../../ui/page-heading';
import { NewUserForm } from './new-user-form';

export const metadata: Metadata = { title: 'Add a user' };

export default async function NewUserPage() {
  const viewer = await requireViewer();
  const agencies = await orRefuse(listAgencies(viewer));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/admin/users">Users</BackLink>
        <PageHeading caption="Administration">Add a user</PageHeading>
        <p className="govuk-body">
          You will get a one-time link for the person to choose their own password. You never set or see it.
        </p>
        <NewUserForm agencies={agencies.filter((a) => a.active).map((a) => ({ value: a.id, label: a.name }))} />
      </div>
    </div>
  );
}
