import type { Metadata } from 'next';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getAreaService } from '@/lib/support-services/directory';
import { orRefuse } from '../../../_lib/guard';
import { BackLink } from '../../../ui/back-link';
import { PageHeading } from '../../../ui/page-heading';
import { ServiceForm } from '../service-form';

export const metadata: Metadata = { title: 'Change a support service' };

export default async function SupportServicePage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const viewer = await requireViewer();
  const s = await orRefuse(getAreaService(viewer, serviceId));
  return (
    <>
      <BackLink href="/admin/support-services">Support services</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption="Administration">{s.name}</PageHeading>
          <ServiceForm
            update={{ serviceId: s.id, version: s.version, active: s.active }}
            values={{ name: s.name, description: s.description ?? '', phone: s.phone ?? '', hours: s.hours ?? '', website: s.website ?? '' }}
          />
        </div>
      </div>
    </>
  );
}
