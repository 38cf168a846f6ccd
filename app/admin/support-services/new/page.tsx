import type { Metadata } from 'next';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listAreaServices } from '@/lib/support-services/directory';
import { orRefuse } from '../../../_lib/guard';
import { BackLink } from '../../../ui/back-link';
import { PageHeading } from '../../../ui/page-heading';
import { ServiceForm } from '../service-form';

export const metadata: Metadata = { title: 'Add a support service' };

export default async function NewSupportServicePage() {
  // The page is the area's admins' (the list asks the same policy row the verb does).
  await orRefuse(listAreaServices(await requireViewer()));
  return (
    <>
      <BackLink href="/admin/support-services">Support services</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption="Administration">Add a support service</PageHeading>
          <p className="govuk-body">It is listed after the national helplines, for every victim of the area. Write nothing about any one person.</p>
          <ServiceForm />
        </div>
      </div>
    </>
  );
}
