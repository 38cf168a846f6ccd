import type { OrderSummary } from '@/lib/orders/register';
import { formatDate } from '../../../_lib/format';
import { Tag } from '../../../ui/tag';

const standingTags: Record<OrderSummary['standing'], { text: string; colour: 'green' | 'grey' | 'blue' }> = {
  applied_for: { text: 'Applied for', colour: 'blue' },
  in_force: { text: 'In force', colour: 'green' },
  expired: { text: 'Expired', colour: 'grey' },
  discharged: { text: 'Discharged', colour: 'grey' },
};

/** Where an order stands, and "Expires soon" within 28 days of its expiry. */
export function OrderStandingTags({ order }: { order: OrderSummary }) {
  const tag = standingTags[order.standing];
  return (
    <>
      <Tag colour={tag.colour}>{tag.text}</Tag>
      {order.expiringSoon ? (
        <>
          {' '}
          <Tag colour="orange">Expires soon</Tag>
        </>
      ) : null}
    </>
  );
}

/** An SPO's subject's duty to notify the police within 3 days of service: met, missed or due, with its deadline. */
export function NotifyDeadline({ notify, notifiedOn }: { notify: NonNullable<OrderSummary['notify']>; notifiedOn: string | null }) {
  if (notify.state === 'met') return <>Met: the subject notified the police on {formatDate(notifiedOn)} (due by {formatDate(notify.deadline)})</>;
  if (notify.state === 'missed')
    return (
      <>
        <Tag colour="red">Missed</Tag> Due by {formatDate(notify.deadline)}: the subject has not notified the police
      </>
    );
  return (
    <>
      <Tag colour="yellow">Due</Tag> By {formatDate(notify.deadline)}
    </>
  );
}
