import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { requireViewer } from '@/lib/auth/current-viewer';
import { can } from '@/lib/authz';
import { BackLink } from '../../ui/back-link';
import { PageHeading } from '../../ui/page-heading';
import { NewAgencyForm } from '../agency-form';

export const metadata: Metadata = { title: 'Add an agency' };

export default async function NewAgencyPage() {
  const viewer = await requireViewer();
  // The form is only offered to those who may use it; createAgency checks again on submit.
  if (!can(viewer, 'agency.create', { areaId: viewer.areaId })) forbidden();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/agencies">Agencies</BackLink>
        <PageHeading caption="Administration">Add an agency</PageHeading>
        <NewAgencyForm />
      </div>
    </div>
  );
}
