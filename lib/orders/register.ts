import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { now, todayInUk } from '@/db/clock';
import type { OccurredPrecision, OrderEventKind, ProtectiveOrderType } from '@/db/enums';
import { agencies, incidents, incidentVersions, orderEvents, protectiveOrders, users, type Case, type ProtectiveOrder } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { assertCan, can, type CaseRelation } from '@/lib/authz';
import { caseRelationsOf, loadCaseFor, loadCaseWithRelations } from '@/lib/authz/cases';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import { knownId } from '@/lib/input/ids';
import { parseInput } from '@/lib/input/parse';
import { protectiveOrderTypeLabels } from '@/lib/stalking/labels';
import { changesOpenTo, earliestFor, type OrderChangeKind } from './changes';
import { createOrderSchema, orderChangeSchema } from './schemas';
import { isExpiringSoon, isInForce, isNotifyDeadlineMissed, notifyDeadline } from './status';

/** Where an order stands today, for the register and its page. */
export type OrderStanding = 'applied_for' | 'in_force' | 'expired' | 'discharged';

export interface OrderSummary {
  id: string;
  type: ProtectiveOrderType;
  court: string | null;
  reference: string | null;
  appliedOn: string | null;
  madeOn: string | null;
  servedOn: string | null;
  expiresOn: string | null;
  dischargedOn: string | null;
  subjectNotifiedOn: string | null;
  conditions: string | null;
  protectedPeople: string | null;
  version: number;
  standing: OrderStanding;
  expiringSoon: boolean;
  /** An SPO served: its subject's duty to notify the police within 3 days, and whether it is met. */
  notify: { deadline: string; state: 'met' | 'missed' | 'due' } | null;
}

function summaryOf(o: ProtectiveOrder, today: string): OrderSummary {
  const deadline = notifyDeadline(o);
  const standing: OrderStanding =
    o.dischargedOn !== null && o.dischargedOn <= today ? 'discharged' : o.madeOn === null ? 'applied_for' : isInForce(o, today) ? 'in_force' : 'expired';
  return {
    id: o.id,
    type: o.type,
    court: o.court,
    reference: o.reference,
    appliedOn: o.appliedOn,
    madeOn: o.madeOn,
    servedOn: o.servedOn,
    expiresOn: o.expiresOn,
    dischargedOn: o.dischargedOn,
    subjectNotifiedOn: o.subjectNotifiedOn,
    conditions: o.conditions,
    protectedPeople: o.protectedPeople,
    version: o.version,
    standing,
    expiringSoon: isExpiringSoon(o, today),
    notify: deadline === null ? null : { deadline, state: o.subjectNotifiedOn !== null ? 'met' : isNotifyDeadlineMissed(o, today) ? 'missed' : 'due' },
  };
}

export interface CaseOrders {
  caseId: string;
  caseNumber: string;
  orders: OrderSummary[];
  canRecord: boolean;
}

async function canOnCase(tx: Tx, me: Viewer, found: Case, action: 'order.record' | 'order.update') {
  return can(me, action, { areaId: found.areaId, caseRelations: await caseRelationsOf(tx, me, found.id) });
}

/** A case's protective orders register, newest first. Reading it is an event about the case. */
export function listOrders(viewer: Viewer, caseId: string): Promise<CaseOrders> {
  return withViewer(viewer, async (tx, me) => {
    const { found, caseRelations } = await loadCaseWithRelations(tx, me, caseId, 'order.view');
    const register = await ordersOf(tx, me, found, caseRelations);
    await recordAudit(tx, me, { action: 'order.list', resourceType: 'case', resourceId: found.id, caseId: found.id, detail: `rows_${register.orders.length}` });
    return register;
  });
}

/**
 * The register of a case, for a viewer the caller has checked may see it, with the viewer's relations to
 * the case as the caller loaded them. Not an audit event of its own: listOrders records it, and the case
 * page's read of the case (case.view) covers it there.
 */
export async function ordersOf(tx: Tx, me: Viewer, found: Case, caseRelations: CaseRelation[]): Promise<CaseOrders> {
  const rows = await tx.select().from(protectiveOrders).where(eq(protectiveOrders.caseId, found.id)).orderBy(desc(protectiveOrders.createdAt));
  const today = todayInUk();
  const canRecord = can(me, 'order.record', { areaId: found.areaId, caseRelations });
  return { caseId: found.id, caseNumber: found.number, orders: rows.map((o) => summaryOf(o, today)), canRecord };
}

/** The case a new order would go on, for the form: "not found" unless the viewer may record on it. */
export function caseToRecordOrderOn(viewer: Viewer, caseId: string): Promise<{ caseId: string; caseNumber: string }> {
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, caseId, 'order.record');
    return { caseId: found.id, caseNumber: found.number };
  });
}

const orNull = (v: string) => (v === '' ? null : v);

/** Enters an order on the register, with its history so far: applied for, made, served, each an event on its day. */
export async function createOrder(viewer: Viewer, raw: z.input<typeof createOrderSchema>): Promise<{ orderId: string }> {
  const input = parseInput(createOrderSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, input.caseId, 'order.record');
    const [order] = await tx
      .insert(protectiveOrders)
      .values({
        areaId: found.areaId,
        caseId: found.id,
        type: input.type,
        court: orNull(input.court),
        reference: orNull(input.reference),
        appliedOn: orNull(input.appliedOn),
        madeOn: orNull(input.madeOn),
        servedOn: orNull(input.servedOn),
        expiresOn: orNull(input.expiresOn),
        conditions: orNull(input.conditions),
        protectedPeople: orNull(input.protectedPeople),
        createdBy: me.userId,
      })
      .returning({ id: protectiveOrders.id });
    const steps: [OrderEventKind, string][] = [
      ['applied', input.appliedOn],
      ['made', input.madeOn],
      ['served', input.servedOn],
    ];
    const events = steps.filter(([, on]) => on !== '').map(([kind, on]) => ({ orderId: order.id, kind, on, recordedBy: me.userId, recordedAgencyId: me.agencyId }));
    await tx.insert(orderEvents).values(events);
    await recordAudit(tx, me, { action: 'order.record', resourceType: 'protective_order', resourceId: order.id, caseId: found.id, detail: input.type });
    return { orderId: order.id };
  });
}

/** An order of the case, by the id the page gave; "not found" for any other (audited). */
async function loadOrder(tx: Tx, found: Case, rawId: unknown, action: string, lock = false): Promise<ProtectiveOrder> {
  const id = knownId(rawId, action, 'protective_order');
  const query = tx
    .select()
    .from(protectiveOrders)
    .where(and(eq(protectiveOrders.id, id), eq(protectiveOrders.caseId, found.id)))
    .limit(1);
  const [order] = lock ? await query.for('update') : await query;
  if (!order) throw new AccessDenied(action, 'protective_order', id, true);
  return order;
}

export interface OrderEventRow {
  kind: OrderEventKind;
  on: string;
  note: string | null;
  previous: Record<string, string | null>;
  recordedAt: Date;
  recordedByName: string;
  recordedAgencyName: string;
}

export interface OrderBreach {
  number: number;
  occurredPrecision: OccurredPrecision;
  occurredAt: Date;
  occurredUntil: Date | null;
  summary: string;
  withdrawn: boolean;
}

export interface OrderDetail {
  caseId: string;
  caseNumber: string;
  order: OrderSummary;
  /** Oldest first. */
  events: OrderEventRow[];
  /** The incidents of the log recorded as breaches of it, in the order they happened. */
  breaches: OrderBreach[];
  /** What the viewer may record next (none if they may not change it). */
  changes: OrderChangeKind[];
}

/** The entry of the outer query's current version. */
const isCurrentVersion = sql`${incidentVersions.version} = (select max(v.version) from ${incidentVersions} v where v.incident_id = ${incidents.id})`;

/** One order with its history and its breaches. Reading it is an event about the order. */
export function getOrder(viewer: Viewer, raw: { caseId: string; orderId: unknown }): Promise<OrderDetail> {
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, raw.caseId, 'order.view');
    const order = await loadOrder(tx, found, raw.orderId, 'order.view');
    const [events, breaches, mayUpdate] = await Promise.all([
      tx
        .select({
          kind: orderEvents.kind,
          on: orderEvents.on,
          note: orderEvents.note,
          previous: orderEvents.previous,
          recordedAt: orderEvents.recordedAt,
          recordedByName: users.name,
          recordedAgencyName: agencies.name,
        })
        .from(orderEvents)
        .innerJoin(users, eq(users.id, orderEvents.recordedBy))
        .innerJoin(agencies, eq(agencies.id, orderEvents.recordedAgencyId))
        .where(eq(orderEvents.orderId, order.id))
        .orderBy(asc(orderEvents.on), asc(orderEvents.recordedAt)),
      tx
        .select({
          number: incidents.number,
          occurredPrecision: incidentVersions.occurredPrecision,
          occurredAt: incidentVersions.occurredAt,
          occurredUntil: incidentVersions.occurredUntil,
          summary: incidentVersions.summary,
          withdrawn: sql<boolean>`${incidents.withdrawnAt} is not null`,
        })
        .from(incidents)
        .innerJoin(incidentVersions, and(eq(incidentVersions.incidentId, incidents.id), isCurrentVersion))
        .where(and(eq(incidents.caseId, found.id), eq(incidentVersions.breachOfOrderId, order.id)))
        .orderBy(asc(incidentVersions.occurredAt), asc(incidents.number)),
      canOnCase(tx, me, found, 'order.update'),
    ]);
    await recordAudit(tx, me, { action: 'order.view', resourceType: 'protective_order', resourceId: order.id, caseId: found.id });
    return { caseId: found.id, caseNumber: found.number, order: summaryOf(order, todayInUk()), events, breaches, changes: mayUpdate ? changesOpenTo(order) : [] };
  });
}

/** The order's fields a change sets, and what they were before it. */
function fieldsChangedBy(input: z.output<typeof orderChangeSchema>, order: ProtectiveOrder): Partial<Record<'madeOn' | 'servedOn' | 'expiresOn' | 'dischargedOn' | 'subjectNotifiedOn' | 'conditions', string | null>> {
  const expiry = orNull(input.expiresOn);
  switch (input.kind) {
    case 'made':
      return { madeOn: input.on, ...(expiry !== null ? { expiresOn: expiry } : {}) };
    case 'served':
      return { servedOn: input.on };
    case 'varied':
      return { conditions: input.conditions, ...(expiry !== order.expiresOn && input.expiresOn !== '' ? { expiresOn: expiry } : {}) };
    case 'renewed':
      return { expiresOn: expiry };
    case 'discharged':
      return { dischargedOn: input.on };
    case 'subject_notified':
      return { subjectNotifiedOn: input.on };
  }
}

/**
 * Records what happened to an order: made, served, varied, renewed, discharged, or (an SPO) its
 * subject notified the police. The order is changed and an event keeps the values it replaced, so
 * nothing is lost. A change made from an older version than the latest is refused (someone changed it meanwhile).
 */
export async function changeOrder(viewer: Viewer, raw: z.input<typeof orderChangeSchema>): Promise<{ version: number }> {
  const input = parseInput(orderChangeSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const found = await loadCaseFor(tx, me, input.caseId, 'order.view');
    const order = await loadOrder(tx, found, input.orderId, 'order.update', true);
    assertCan(me, 'order.update', { areaId: found.areaId, caseRelations: await caseRelationsOf(tx, me, found.id) }, { type: 'protective_order', id: order.id });
    if (order.version !== input.version) throw new StaleVersion();
    if (!changesOpenTo(order).includes(input.kind)) throw new InputRejected({ kind: 'That cannot happen to this order as it stands: reload the page' });
    const earliest = earliestFor(input.kind, order);
    if (earliest !== null && input.on < earliest) throw new InputRejected({ 'on.day': 'The date must be the same as or after the order’s last step' });
    const changed = fieldsChangedBy(input, order);
    if (input.kind === 'renewed' && order.expiresOn !== null && input.expiresOn <= order.expiresOn) {
      throw new InputRejected({ 'expiresOn.day': 'The new expiry date must be after the current one' });
    }
    if (input.kind === 'varied' && changed.conditions === order.conditions && !('expiresOn' in changed)) {
      throw new InputRejected({ conditions: 'Change the conditions or the expiry date, or there is nothing to vary' });
    }
    const previous = Object.fromEntries(Object.keys(changed).map((k) => [k, order[k as keyof typeof changed]]));
    const version = order.version + 1;
    await tx.update(protectiveOrders).set({ ...changed, version, updatedAt: now() }).where(eq(protectiveOrders.id, order.id));
    await tx.insert(orderEvents).values({ orderId: order.id, kind: input.kind, on: input.on, note: orNull(input.note), previous, recordedBy: me.userId, recordedAgencyId: me.agencyId });
    await recordAudit(tx, me, { action: 'order.update', resourceType: 'protective_order', resourceId: order.id, caseId: found.id, detail: input.kind });
    return { version };
  });
}

/** The case's orders as a breach may name them, for the incident form (the viewer already sees the case). */
export async function ordersToBreach(tx: Tx, caseId: string): Promise<{ id: string; label: string }[]> {
  const rows = await tx
    .select({ id: protectiveOrders.id, type: protectiveOrders.type, reference: protectiveOrders.reference })
    .from(protectiveOrders)
    .where(eq(protectiveOrders.caseId, caseId))
    .orderBy(desc(protectiveOrders.createdAt));
  return rows.map((o) => ({ id: o.id, label: o.reference ? `${protectiveOrderTypeLabels[o.type]}, ${o.reference}` : protectiveOrderTypeLabels[o.type] }));
}

/** Whether the order is one of the case's: a breach may only name an order of its own case. */
export async function isOrderOfCase(tx: Tx, caseId: string, orderId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: protectiveOrders.id })
    .from(protectiveOrders)
    .where(and(eq(protectiveOrders.id, orderId), eq(protectiveOrders.caseId, caseId)))
    .limit(1);
  return !!row;
}
