import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { caseToRecordOrderOn } from '@/lib/orders/register';
import { orRefuse } from '../../../../_lib/guard';
import { BackLink } from '../../../../ui/back-link';
import { PageHeading } from '../../../../ui/page-heading';
import { OrderForm } from '../order-forms';

export const metadata: Metadata = { title: 'Add an order' };

export default async function NewOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const register = await orRefuse(caseToRecordOrderOn(viewer, id));
  return (
    <>
      <BackLink href={`/cases/${register.caseId}/orders`}>Protective orders</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={`Case ${register.caseNumber}`}>Add an order</PageHeading>
          <p className="govuk-body">Service, variations, renewals and discharge are recorded on the order’s page once it is added, and kept as its history.</p>
          <OrderForm caseId={register.caseId} />
        </div>
      </div>
    </>
  );
}
