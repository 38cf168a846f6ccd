import { Link } from '@/app/ui/link';
import { REPEAT_WITHIN_MONTHS, type OrderAlert, type OrderAlerts } from '@/lib/orders/alerts';
import { expiringWithinDays } from '@/lib/orders/status';
import { protectiveOrderTypeLabels } from '@/lib/stalking/labels';
import { formatDate } from '../_lib/format';
import { Card, CardGroup } from '../ui/card';

function More({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (total <= shown) return null;
  return (
    <p className="govuk-body-s">
      And {total - shown} more {what}.
    </p>
  );
}

function OrderList({ rows, dateWord }: { rows: OrderAlert[]; dateWord: string }) {
  return (
    <ul className="govuk-list">
      {rows.map((o) => (
        <li key={o.orderId}>
          <Link className="govuk-link" href={`/cases/${o.caseId}/orders/${o.orderId}`}>
            {o.caseNumber}: {protectiveOrderTypeLabels[o.type]}
          </Link>
          , {dateWord} {formatDate(o.on)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The home page's protective-order panels, for the cases the viewer's agency has a part in (all of the
 * area's, for its coordinators): orders expiring soon, SPO notifications missed, repeat breaches.
 */
export function OrderAlertsPanel({ alerts }: { alerts: OrderAlerts | null }) {
  if (!alerts) return null;
  const { expiring, notifyMissed, repeatBreaches } = alerts;
  if (expiring.total + notifyMissed.total + repeatBreaches.total === 0) return null;
  return (
    <CardGroup>
      {expiring.total ? (
        <Card title={`Orders expiring within ${expiringWithinDays} days`}>
          <OrderList rows={expiring.rows} dateWord="expires" />
          <More shown={expiring.rows.length} total={expiring.total} what="orders expiring" />
        </Card>
      ) : null}
      {notifyMissed.total ? (
        <Card title="Stalking Protection Order notifications missed">
          <p className="govuk-body">The subject has not given the police their names and address within 3 days of service.</p>
          <OrderList rows={notifyMissed.rows} dateWord="was due by" />
          <More shown={notifyMissed.rows.length} total={notifyMissed.total} what="notifications missed" />
        </Card>
      ) : null}
      {repeatBreaches.total ? (
        <Card title="Breaches of orders since the last MARAC">
          <p className="govuk-body">
            Within {REPEAT_WITHIN_MONTHS} months of the case’s last MARAC, a breach is a repeat incident.
            {alerts.considerReferral ? ' Consider a new referral to the MARAC.' : ''}
          </p>
          <ul className="govuk-list">
            {repeatBreaches.rows.map((b) => (
              <li key={`${b.caseId}-${b.number}`}>
                <Link className="govuk-link" href={`/cases/${b.caseId}/incidents/${b.number}`}>
                  {b.caseNumber}: entry {b.number}
                </Link>
                , {formatDate(b.occurredAt)} (last MARAC {formatDate(b.lastMaracOn)})
              </li>
            ))}
          </ul>
          <More shown={repeatBreaches.rows.length} total={repeatBreaches.total} what="breaches" />
        </Card>
      ) : null}
    </CardGroup>
  );
}
