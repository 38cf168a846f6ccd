import { describe, expect, it } from 'vitest';
import { getDashboard } from '@/lib/dashboard/get';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { todayInUk } from '@/db/clock';
import { cases, incidentVersions, orderEvents, protectiveOrders } from '@/db/schema';
import { daysAfter } from '@/lib/dates/calendar-date';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import { getIncident, recordIncident, withdrawIncident } from '@/lib/incidents/log';
import type { RecordIncidentInput } from '@/lib/incidents/schemas';
import { expectAudit } from '@/test/audit';
import { makeAcceptedCase } from '@/test/cases';
import { makeAreaWithStaff, newRequest } from '@/test/factories';
import { changeOrder, createOrder, getOrder, listOrders } from './register';

const ago = (days: number) => daysAfter(todayInUk(), -days);

const breach = (caseId: string, breachOfOrderId: string, daysAgo: number) =>
  ({ caseId, occurredPrecision: 'day', occurredOn: ago(daysAgo), channel: 'in_person', summary: 'Came to her door', behaviours: ['loitering'], breachOfOrderId }) as unknown as RecordIncidentInput;

async function refusal(work: Promise<unknown>) {
  return work.then(
    () => null,
    (e: unknown) => e,
  );
}

const spo = (caseId: string) => ({
  caseId,
  type: 'spo_full' as const,
  court: 'Kestrel Vale Magistrates’ Court',
  reference: 'SPO/1',
  appliedOn: ago(20),
  madeOn: ago(10),
  servedOn: ago(6),
  expiresOn: daysAfter(todayInUk(), 20),
  conditions: 'Not to contact her',
  protectedPeople: 'The victim',
});

describe('the protective orders register', () => {
  it('enters an order with its history, varies it keeping the old values, tracks the SPO notification, renews and discharges it; stale changes are refused', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Order Victim' });
    const recorder = newRequest(staff.as.officer);
    const { orderId } = await createOrder(recorder, spo(c.id));
    await expectAudit(recorder, { action: 'order.record', outcome: 'allowed', resourceType: 'protective_order', resourceId: orderId, caseId: c.id, detail: 'spo_full' });

    const first = await getOrder(staff.as.coordinator, { caseId: c.id, orderId });
    expect(first.events.map((e) => [e.kind, e.on])).toEqual([
      ['applied', ago(20)],
      ['made', ago(10)],
      ['served', ago(6)],
    ]);
    // Served six days ago, the subject has not notified the police: the 3-day deadline is missed; it expires in 20 days.
    expect(first.order).toMatchObject({ standing: 'in_force', expiringSoon: true, notify: { deadline: ago(3), state: 'missed' }, version: 1 });
    expect(first.changes).toEqual(['varied', 'renewed', 'discharged', 'subject_notified']);

    const varier = newRequest(staff.as.officer);
    await changeOrder(varier, { caseId: c.id, orderId, version: 1, kind: 'varied', on: ago(2), conditions: 'Not to contact her or her mother', note: 'Varied on the police’s application' });
    await expectAudit(varier, { action: 'order.update', outcome: 'allowed', resourceType: 'protective_order', resourceId: orderId, caseId: c.id, detail: 'varied' });
    expect(await refusal(changeOrder(staff.as.officer, { caseId: c.id, orderId, version: 1, kind: 'discharged', on: ago(1) }))).toBeInstanceOf(StaleVersion);
    await changeOrder(staff.as.coordinator, { caseId: c.id, orderId, version: 2, kind: 'subject_notified', on: ago(1) });
    const renewedTo = daysAfter(todayInUk(), 200);
    const tooEarly = await refusal(changeOrder(staff.as.officer, { caseId: c.id, orderId, version: 3, kind: 'renewed', on: ago(0), expiresOn: daysAfter(todayInUk(), 10) }));
    expect((tooEarly as InputRejected).fieldErrors).toEqual({ 'expiresOn.day': 'The new expiry date must be after the current one' });
    await changeOrder(staff.as.officer, { caseId: c.id, orderId, version: 3, kind: 'renewed', on: ago(0), expiresOn: renewedTo });

    const db = await getDb();
    const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(orderEvents.recordedAt);
    expect(events.filter((e) => ['varied', 'renewed', 'subject_notified'].includes(e.kind)).map((e) => [e.kind, e.previous])).toEqual([
      ['varied', { conditions: 'Not to contact her' }],
      ['subject_notified', { subjectNotifiedOn: null }],
      ['renewed', { expiresOn: daysAfter(todayInUk(), 20) }],
    ]);
    const renewed = await getOrder(staff.as.officer, { caseId: c.id, orderId });
    expect(renewed.order).toMatchObject({ conditions: 'Not to contact her or her mother', expiresOn: renewedTo, expiringSoon: false, notify: { state: 'met' }, version: 4 });

    await changeOrder(staff.as.officer, { caseId: c.id, orderId, version: 4, kind: 'discharged', on: ago(0), note: 'Discharged on appeal' });
    const discharged = await getOrder(staff.as.officer, { caseId: c.id, orderId });
    expect(discharged.order.standing).toBe('discharged');
    expect(discharged.changes).toEqual([]);
    const again = await refusal(changeOrder(staff.as.officer, { caseId: c.id, orderId, version: 5, kind: 'discharged', on: ago(0) }));
    expect((again as InputRejected).fieldErrors).toEqual({ kind: 'That cannot happen to this order as it stands: reload the page' });
    expect((await listOrders(staff.as.officer, c.id)).orders).toHaveLength(1);
  });

  it('refuses dates out of order, and an SPO deadline is due until three days after service', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Order Victim' });
    const wrong = await refusal(createOrder(staff.as.officer, { ...spo(c.id), madeOn: ago(5), servedOn: ago(8) }));
    expect((wrong as InputRejected).fieldErrors).toEqual({ 'servedOn.day': 'The date served must be the same as or after the date made' });
    const { orderId } = await createOrder(staff.as.officer, { ...spo(c.id), servedOn: ago(1) });
    expect((await getOrder(staff.as.officer, { caseId: c.id, orderId })).order.notify).toEqual({ deadline: daysAfter(todayInUk(), 2), state: 'due' });
    const { orderId: nmo } = await createOrder(staff.as.officer, { ...spo(c.id), type: 'non_molestation_order' });
    expect((await getOrder(staff.as.officer, { caseId: c.id, orderId: nmo })).order.notify).toBeNull();
  });

  it('records a breach as an incident linked to the order, lists it on the order, and refuses an order of another case', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Order Victim' });
    const other = await makeAcceptedCase(staff, { victim: 'Other Victim' });
    const { orderId } = await createOrder(staff.as.officer, spo(c.id));
    const { orderId: otherOrder } = await createOrder(staff.as.officer, spo(other.id));
    const { number } = await recordIncident(staff.as.officer, breach(c.id, orderId, 2));
    const db = await getDb();
    const [version] = await db.select().from(incidentVersions).where(eq(incidentVersions.breachOfOrderId, orderId));
    expect(version).toMatchObject({ version: 1 });
    expect((await getOrder(staff.as.coordinator, { caseId: c.id, orderId })).breaches).toMatchObject([{ number, summary: 'Came to her door', withdrawn: false }]);
    // The entry names the order it breaches.
    expect((await getIncident(staff.as.coordinator, { caseId: c.id, number })).breachOf).toEqual({ orderId, type: 'spo_full' });

    const foreign = await refusal(recordIncident(staff.as.officer, breach(c.id, otherOrder, 1)));
    expect((foreign as InputRejected).fieldErrors).toEqual({ breachOfOrderId: 'Select an order of this case' });
    expect(await db.select().from(incidentVersions).where(eq(incidentVersions.breachOfOrderId, otherOrder))).toEqual([]);
  });

  it('answers an agency outside the case "not found" for the register, an order and a change, each audited', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Order Victim' });
    const { orderId } = await createOrder(staff.as.officer, spo(c.id));
    const attempts: [string, (v: typeof staff.as.housingOfficer) => Promise<unknown>][] = [
      ['order.view', (v) => listOrders(v, c.id)],
      ['order.view', (v) => getOrder(v, { caseId: c.id, orderId })],
      ['order.record', (v) => createOrder(v, spo(c.id))],
      ['order.view', (v) => changeOrder(v, { caseId: c.id, orderId, version: 1, kind: 'discharged', on: ago(0) })],
    ];
    for (const [action, attempt] of attempts) {
      const housing = newRequest(staff.as.housingOfficer);
      const err = await refusal(attempt(housing));
      expect(err).toBeInstanceOf(AccessDenied);
      expect((err as AccessDenied).asNotFound).toBe(true);
      await expectAudit(housing, { action, outcome: 'denied', resourceType: 'case', resourceId: c.id, detail: 'not_found' });
    }
    // Another case's order through this case's address: "not found" too.
    const other = await makeAcceptedCase(staff, { victim: 'Other Victim' });
    const reader = newRequest(staff.as.officer);
    expect(((await refusal(getOrder(reader, { caseId: other.id, orderId }))) as AccessDenied).asNotFound).toBe(true);
    await expectAudit(reader, { action: 'order.view', outcome: 'denied', resourceType: 'protective_order', resourceId: orderId, detail: 'not_found' });
    const db = await getDb();
    expect(await db.select().from(protectiveOrders).where(eq(protectiveOrders.caseId, c.id))).toHaveLength(1);
  });
});

describe('the home page’s order panels', () => {
  it('show the case’s agencies and the coordinator orders expiring, SPO notifications missed, and breaches within 12 months of the last MARAC, with the repeat prompt for the coordinator', async () => {
    const staff = await makeAreaWithStaff();
    const db = await getDb();
    const recent = await makeAcceptedCase(staff, { victim: 'Recent Victim' });
    const long = await makeAcceptedCase(staff, { victim: 'Long Ago Victim' });
    await db.update(cases).set({ lastMaracOn: ago(60) }).where(eq(cases.id, recent.id));
    await db.update(cases).set({ lastMaracOn: ago(500) }).where(eq(cases.id, long.id));
    const { orderId } = await createOrder(staff.as.officer, spo(recent.id));
    const { orderId: oldOrder } = await createOrder(staff.as.officer, { ...spo(long.id), type: 'restraining_order_conviction', expiresOn: daysAfter(todayInUk(), 90) });
    const { number } = await recordIncident(staff.as.officer, breach(recent.id, orderId, 5));
    await recordIncident(staff.as.officer, breach(recent.id, orderId, 4));
    await withdrawIncident(staff.as.officer, { caseId: recent.id, number: 2, reason: 'Not a breach after all' });
    // Thirteen months after the long case's last MARAC: not a repeat.
    await recordIncident(staff.as.officer, breach(long.id, oldOrder, 100));

    const coordinator = newRequest(staff.as.coordinator);
    const seen = (await getDashboard(coordinator)).orderAlerts;
    expect(seen).toMatchObject({
      expiring: { total: 1, rows: [{ caseId: recent.id, orderId, type: 'spo_full', on: daysAfter(todayInUk(), 20) }] },
      notifyMissed: { total: 1, rows: [{ orderId, on: ago(3) }] },
      repeatBreaches: { total: 1, rows: [{ caseId: recent.id, number, lastMaracOn: ago(60) }] },
      considerReferral: true,
    });
    await expectAudit(coordinator, { action: 'order.alerts', outcome: 'allowed', resourceType: 'dashboard', detail: 'expiring_1_missed_1_breaches_1' });
    // The police referred both cases: the same panels, without the coordinator's prompt.
    expect((await getDashboard(staff.as.officer)).orderAlerts).toMatchObject({ expiring: { total: 1 }, repeatBreaches: { total: 1 }, considerReferral: false });
    // Housing has no part in either case: nothing.
    expect((await getDashboard(staff.as.housingOfficer)).orderAlerts).toMatchObject({ expiring: { total: 0, rows: [] }, notifyMissed: { total: 0 }, repeatBreaches: { total: 0 } });
    // Another area's coordinator: nothing of this area.
    const theirs = await makeAreaWithStaff();
    expect((await getDashboard(theirs.as.coordinator)).orderAlerts).toMatchObject({ expiring: { total: 0 }, notifyMissed: { total: 0 }, repeatBreaches: { total: 0 } });
    expect((await getDashboard(staff.as.admin)).orderAlerts).toBeNull();
  });
});
