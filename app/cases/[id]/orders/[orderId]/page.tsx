import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import type { OrderChangeKind } from '@/lib/orders/changes';
import { getOrder, type OrderEventRow } from '@/lib/orders/register';
import { orderEventKindLabels, protectiveOrderTypeLabels } from '@/lib/stalking/labels';
import { formatDate, formatDateTime, formatOccurred } from '../../../../_lib/format';
import { orRefuse } from '../../../../_lib/guard';
import { BackLink } from '../../../../ui/back-link';
import { Details } from '../../../../ui/details';
import { NotificationBanner } from '../../../../ui/notification-banner';
import { PageHeading } from '../../../../ui/page-heading';
import { SummaryList } from '../../../../ui/summary-list';
import { Tag } from '../../../../ui/tag';
import { Timeline } from '../../../../ui/timeline';
import { OrderChangeForm } from '../order-forms';
import { NotifyDeadline, OrderStandingTags } from '../order-tags';

export const metadata: Metadata = { title: 'Protective order' };

const changeTitles: Record<OrderChangeKind, string> = {
  made: 'The court made the order',
  served: 'The order was served',
  varied: 'The order was varied',
  renewed: 'The order was renewed',
  discharged: 'The order was discharged',
  subject_notified: 'The subject gave the police their names and address',
};

const previousLabels: Record<string, string> = {
  madeOn: 'Date made',
  servedOn: 'Date served',
  expiresOn: 'Expiry',
  dischargedOn: 'Discharged',
  subjectNotifiedOn: 'Subject notified',
  conditions: 'Conditions',
};

/** What a change replaced, as it was before. */
function Previous({ event }: { event: OrderEventRow }) {
  const shown = Object.entries(event.previous).filter(([key]) => key === 'conditions' || key === 'expiresOn');
  if (!shown.length) return null;
  return (
    <dl className="govuk-body-s">
      {shown.map(([key, value]) => (
        <div key={key}>
          <dt className="govuk-!-font-weight-bold">{previousLabels[key]} before</dt>
          <dd className="govuk-!-margin-left-0 app-pre-line">{value === null ? (key === 'expiresOn' ? 'Until further order' : 'None') : key === 'expiresOn' ? formatDate(value) : value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One protective order: as it stands, its history with what each change replaced, and its breaches. */
export default async function OrderPage({ params, searchParams }: { params: Promise<{ id: string; orderId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id, orderId } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const query = await searchParams;
  const viewer = await requireViewer();
  const detail = await orRefuse(getOrder(viewer, { caseId: id, orderId }));
  const { order } = detail;
  const base = `/cases/${detail.caseId}`;

  return (
    <>
      <BackLink href={`${base}/orders`}>Protective orders</BackLink>
      {query.saved ? <NotificationBanner type="success">{query.saved === 'recorded' ? 'Order added' : 'Saved to the order’s history'}</NotificationBanner> : null}
      <PageHeading caption={`Case ${detail.caseNumber}`}>{protectiveOrderTypeLabels[order.type]}</PageHeading>
      <p className="govuk-body">
        <OrderStandingTags order={order} />
      </p>
      <SummaryList
        rows={[
          { key: 'Court', value: order.court ?? '—' },
          { key: 'Reference', value: order.reference ?? '—' },
          { key: 'Applied for', value: formatDate(order.appliedOn) },
          { key: 'Made', value: formatDate(order.madeOn) },
          { key: 'Served', value: formatDate(order.servedOn) },
          { key: 'Expires', value: order.expiresOn ? formatDate(order.expiresOn) : 'Until further order' },
          ...(order.dischargedOn ? [{ key: 'Discharged', value: formatDate(order.dischargedOn) }] : []),
          ...(order.notify ? [{ key: 'Subject’s notification', value: <NotifyDeadline notify={order.notify} notifiedOn={order.subjectNotifiedOn} /> }] : []),
          { key: 'Conditions', value: order.conditions ? <span className="app-pre-line">{order.conditions}</span> : '—' },
          { key: 'People protected', value: order.protectedPeople ? <span className="app-pre-line">{order.protectedPeople}</span> : '—' },
        ]}
      />

      <h2 className="govuk-heading-m">Breaches</h2>
      {detail.breaches.length ? (
        <ul className="govuk-list" aria-label="Breaches of this order">
          {detail.breaches.map((b) => (
            <li key={b.number}>
              <Link className="govuk-link" href={`${base}/incidents/${b.number}`}>
                Entry {b.number}: {formatOccurred(b)}
              </Link>{' '}
              {b.withdrawn ? <Tag colour="grey">Withdrawn</Tag> : null}
              <span className="govuk-!-display-block app-pre-line">{b.summary}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No breaches recorded. A breach is recorded as an incident on the case’s log, naming this order.</p>
      )}

      {detail.changes.length ? (
        <>
          <h2 className="govuk-heading-m">Record what happened</h2>
          {detail.changes.map((kind) => (
            <Details key={kind} summary={changeTitles[kind]}>
              <OrderChangeForm caseId={detail.caseId} orderId={order.id} version={order.version} kind={kind} conditions={order.conditions ?? ''} />
            </Details>
          ))}
        </>
      ) : null}

      <h2 className="govuk-heading-m">History</h2>
      <Timeline
        headingLevel={3}
        items={[...detail.events].reverse().map((e) => ({
          title: orderEventKindLabels[e.kind],
          byline: `${e.recordedByName}, ${e.recordedAgencyName} (recorded ${formatDateTime(e.recordedAt)})`,
          datetime: e.on,
          dateText: formatDate(e.on),
          description: (
            <>
              {e.note ? <p className="govuk-body app-pre-line">{e.note}</p> : null}
              <Previous event={e} />
            </>
          ),
        }))}
      />
    </>
  );
}
