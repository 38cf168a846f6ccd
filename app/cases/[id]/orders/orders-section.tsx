import { Link } from '@/app/ui/link';
import type { CaseOrders } from '@/lib/orders/register';
import { protectiveOrderTypeLabels } from '@/lib/stalking/labels';
import { formatDate } from '../../../_lib/format';
import { OrderStandingTags } from './order-tags';

/** The case page's block: the case's protective orders, and a link to the register. */
export function OrdersSection({ caseId, register }: { caseId: string; register: CaseOrders }) {
  return (
    <>
      <h3 className="govuk-heading-m">Protective orders</h3>
      {register.orders.length ? (
        <ul className="govuk-list" aria-label="Protective orders">
          {register.orders.map((o) => (
            <li key={o.id}>
              {protectiveOrderTypeLabels[o.type]} <OrderStandingTags order={o} />
              {o.expiresOn ? ` Expires ${formatDate(o.expiresOn)}.` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" href={`/cases/${caseId}/orders`}>
          Protective orders ({register.orders.length})
        </Link>
        : the register of orders, with their service, variations, renewals, discharge and breaches.
      </p>
    </>
  );
}
