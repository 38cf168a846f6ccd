import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listOrders } from '@/lib/orders/register';
import { protectiveOrderTypeLabels } from '@/lib/stalking/labels';
import { formatDate } from '../../../_lib/format';
import { orRefuse } from '../../../_lib/guard';
import { BackLink } from '../../../ui/back-link';
import { ButtonLink } from '../../../ui/button';
import { PageHeading } from '../../../ui/page-heading';
import { Table, Td, Th, Tr } from '../../../ui/table';
import { NotifyDeadline, OrderStandingTags } from './order-tags';

export const metadata: Metadata = { title: 'Protective orders' };

/** A case's protective orders register. */
export default async function OrdersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const register = await orRefuse(listOrders(viewer, id));

  return (
    <>
      <BackLink href={`/cases/${register.caseId}`}>Case {register.caseNumber}</BackLink>
      <PageHeading caption={`Case ${register.caseNumber}`}>Protective orders</PageHeading>
      <p className="govuk-body">Orders protecting the victim, with their history: service, variations, renewals and discharge. A breach is recorded as an incident on the log.</p>
      {register.canRecord ? <ButtonLink href={`/cases/${register.caseId}/orders/new`}>Add an order</ButtonLink> : null}
      {register.orders.length === 0 ? (
        <p className="govuk-body">No orders recorded.</p>
      ) : (
        <Table
          caption="Orders on this case"
          captionSize="m"
          head={
            <>
              <Th>Order</Th>
              <Th>Status</Th>
              <Th>Made</Th>
              <Th>Served</Th>
              <Th>Expires</Th>
              <Th>Subject’s notification</Th>
            </>
          }
        >
          {register.orders.map((o) => (
            <Tr key={o.id}>
              <Td>
                <Link className="govuk-link" href={`/cases/${register.caseId}/orders/${o.id}`}>
                  {protectiveOrderTypeLabels[o.type]}
                </Link>
                {o.reference ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{o.reference}</span> : null}
              </Td>
              <Td>
                <OrderStandingTags order={o} />
              </Td>
              <Td>{formatDate(o.madeOn)}</Td>
              <Td>{formatDate(o.servedOn)}</Td>
              <Td>{o.expiresOn ? formatDate(o.expiresOn) : 'Until further order'}</Td>
              <Td>{o.notify ? <NotifyDeadline notify={o.notify} notifiedOn={o.subjectNotifiedOn} /> : '—'}</Td>
            </Tr>
          ))}
        </Table>
      )}
    </>
  );
}
