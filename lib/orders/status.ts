import type { ProtectiveOrderType } from '@/db/enums';
import { daysAfter } from '@/lib/dates/calendar-date';

// What a protective order's dates mean, said once. The SQL form, for queries, is in ./status-sql.ts.
// Dates are UK days as YYYY-MM-DD, so they compare as strings. This module imports no server code.

export const stalkingProtectionOrderTypes = ['spo_interim', 'spo_full'] as const satisfies readonly ProtectiveOrderType[];

/** The subject of a Stalking Protection Order must tell the police their names and address within 3 days of service. */
export const spoNotifyWithinDays = 3;

/** The dashboards show orders that expire within this many days. */
export const expiringWithinDays = 28;

type OrderDates = {
  type: ProtectiveOrderType;
  madeOn: string | null;
  servedOn: string | null;
  expiresOn: string | null;
  dischargedOn: string | null;
  subjectNotifiedOn: string | null;
};

export function isStalkingProtectionOrder(type: ProtectiveOrderType): boolean {
  return (stalkingProtectionOrderTypes as readonly ProtectiveOrderType[]).includes(type);
}

/** Made, not discharged, and not past its expiry (an order with no expiry runs until further order). */
export function isInForce(order: OrderDates, today: string): boolean {
  return (
    order.madeOn !== null &&
    order.madeOn <= today &&
    (order.dischargedOn === null || order.dischargedOn > today) &&
    (order.expiresOn === null || order.expiresOn >= today)
  );
}

/** In force and its expiry falls within the next 28 days (today included). */
export function isExpiringSoon(order: OrderDates, today: string): boolean {
  return isInForce(order, today) && order.expiresOn !== null && order.expiresOn <= daysAfter(today, expiringWithinDays);
}

/** The last day an SPO's subject may notify the police; null for other orders or before service. */
export function notifyDeadline(order: Pick<OrderDates, 'type' | 'servedOn'>): string | null {
  if (!isStalkingProtectionOrder(order.type) || order.servedOn === null) return null;
  return daysAfter(order.servedOn, spoNotifyWithinDays);
}

/** An SPO served more than 3 days ago whose subject has not notified the police. */
export function isNotifyDeadlineMissed(order: OrderDates, today: string): boolean {
  const deadline = notifyDeadline(order);
  return deadline !== null && order.subjectNotifiedOn === null && deadline < today;
}
