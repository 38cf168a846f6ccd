import { describe, it, vi } from 'vitest';
import { todayInUk } from '@/db/clock';
import { createOrder } from '@/lib/orders/register';
import { makeAreaWithStaff } from '@/test/factories';
import { makeAcceptedCase } from '@/test/cases';
import { expectForgedRefused } from '@/test/server-actions';
import { changeOrderAction, createOrderAction } from './actions';

vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));

describe('order actions called with forged ids', () => {
  it('answer not found to an agency outside the case, to another area, and for another case’s order; change nothing; record the refusal', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    const ourCase = await makeAcceptedCase(ours, { victim: 'Forged Victim' });
    const otherCase = await makeAcceptedCase(ours, { victim: 'Other Victim' });
    const order = { caseId: ourCase.id, type: 'non_molestation_order' as const, madeOn: todayInUk() };
    const { orderId } = await createOrder(ours.as.officer, order);
    const areas = [ours.area.id, theirs.area.id];
    const discharge = (caseId: string, id: string) => changeOrderAction({ caseId, orderId: id, version: 1, kind: 'discharged', on: todayInUk() });
    const attempts = [
      { what: 'housing adds an order', as: ours.as.housingOfficer, call: () => createOrderAction(order), denied: { action: 'order.record', resourceType: 'case', resourceId: ourCase.id } },
      { what: 'housing discharges the order', as: ours.as.housingOfficer, call: () => discharge(ourCase.id, orderId), denied: { action: 'order.view', resourceType: 'case', resourceId: ourCase.id } },
      { what: 'another area’s coordinator discharges it', as: theirs.as.coordinator, call: () => discharge(ourCase.id, orderId), denied: { action: 'order.view', resourceType: 'case', resourceId: ourCase.id } },
      { what: 'the police discharge it through another case', as: ours.as.officer, call: () => discharge(otherCase.id, orderId), denied: { action: 'order.update', resourceType: 'protective_order', resourceId: orderId } },
    ];
    for (const a of attempts) await expectForgedRefused(areas, a);
  });
});
