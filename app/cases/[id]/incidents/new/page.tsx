import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { caseToRecordOn } from '@/lib/incidents/log';
import { orRefuse } from '../../../../_lib/guard';
import { BackLink } from '../../../../ui/back-link';
import { PageHeading } from '../../../../ui/page-heading';
import { IncidentForm } from '../incident-form';

export const metadata: Metadata = { title: 'Record an incident' };

export default async function NewIncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const log = await orRefuse(caseToRecordOn(viewer, id));
  return (
    <>
      <BackLink href={`/cases/${log.caseId}/incidents`}>Incidents and evidence</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={`Case ${log.caseNumber}`}>Record an incident</PageHeading>
          <p className="govuk-body">It gets the next number in the case’s log. You can add screenshots and other files once it is recorded.</p>
          <IncidentForm caseId={log.caseId} orders={log.orders} />
        </div>
      </div>
    </>
  );
}
