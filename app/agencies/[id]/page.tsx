import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getAgency } from '@/lib/agencies/get';
import { can } from '@/lib/authz';
import { orRefuse } from '../../_lib/guard';
import { BackLink } from '../../ui/back-link';
import { PageHeading } from '../../ui/page-heading';
import { EditAgencyForm } from '../agency-form';

export const metadata: Metadata = { title: 'Edit agency' };

export default async function EditAgencyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const agency = await orRefuse(getAgency(viewer, id));
  if (!can(viewer, 'agency.update', { areaId: viewer.areaId })) forbidden();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/agencies">Agencies</BackLink>
        <PageHeading caption="Administration">{agency.name}</PageHeading>
        <EditAgencyForm agency={agency} />
      </div>
    </div>
  );
}
