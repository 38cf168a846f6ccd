import type { OrderEventKind } from '@/db/enums';
import { isStalkingProtectionOrder } from './status';

// What may happen next to an order, given how it stands: said once for the order's page (which
// offers those) and the verb (which refuses the others). This module imports no server code.

/** The changes recorded after an order is entered (applying for it is how it is entered). */
export const orderChangeKinds = ['made', 'served', 'varied', 'renewed', 'discharged', 'subject_notified'] as const satisfies readonly OrderEventKind[];
export type OrderChangeKind = (typeof orderChangeKinds)[number];

interface OrderState {
  type: Parameters<typeof isStalkingProtectionOrder>[0];
  madeOn: string | null;
  servedOn: string | null;
  dischargedOn: string | null;
  subjectNotifiedOn: string | null;
}

/** The changes open to an order: made once, then served once, varied, renewed or discharged until it is discharged; an SPO's subject notifies once after service. */
export function changesOpenTo(order: OrderState): OrderChangeKind[] {
  const open: OrderChangeKind[] = [];
  if (order.dischargedOn !== null) return open;
  if (order.madeOn === null) return ['made'];
  if (order.servedOn === null) open.push('served');
  open.push('varied', 'renewed', 'discharged');
  if (isStalkingProtectionOrder(order.type) && order.servedOn !== null && order.subjectNotifiedOn === null) open.push('subject_notified');
  return open;
}

/** The earliest day the change can be dated: not before the step it follows. */
export function earliestFor(kind: OrderChangeKind, order: { appliedOn: string | null; madeOn: string | null; servedOn: string | null }): string | null {
  return kind === 'subject_notified' ? order.servedOn : kind === 'made' ? order.appliedOn : order.madeOn;
}
