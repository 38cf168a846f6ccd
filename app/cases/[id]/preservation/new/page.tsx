import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { caseToRequestOn } from '@/lib/preservation/requests';
import { orRefuse } from '../../../../_lib/guard';
import { BackLink } from '../../../../ui/back-link';
import { PageHeading } from '../../../../ui/page-heading';
import { PreservationForm } from '../preservation-form';

export const metadata: Metadata = { title: 'Record a preservation request' };

export default async function NewPreservationRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const target = await orRefuse(caseToRequestOn(viewer, id));
  return (
    <>
      <BackLink href={`/cases/${target.caseId}/preservation`}>Data-preservation requests</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={`Case ${target.caseNumber}`}>Record a preservation request</PageHeading>
          <p className="govuk-body">It is recorded as made by you for your agency. You can update it when the platform answers.</p>
          <PreservationForm caseId={target.caseId} />
        </div>
      </div>
    </>
  );
}
