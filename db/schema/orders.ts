import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { areas } from './areas';
import { cases } from './cases';
import { users } from './users';
import { now } from '../clock';
import { orderEventKinds, protectiveOrderTypes } from '../enums';

export const protectiveOrderTypeEnum = pgEnum('protective_order_type', protectiveOrderTypes);
export const orderEventKindEnum = pgEnum('order_event_kind', orderEventKinds);

/**
 * A protective order on a case's perpetrator, as it stands now; how it came to stand so (made, served,
 * varied, renewed, discharged) is its events. A breach is an incident that names the order.
 */
export const protectiveOrders = pgTable(
  'protective_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    type: protectiveOrderTypeEnum('type').notNull(),
    court: text('court'),
    /** The court's or police's reference for the order. */
    reference: text('reference'),
    appliedOn: date('applied_on', { mode: 'string' }),
    madeOn: date('made_on', { mode: 'string' }),
    servedOn: date('served_on', { mode: 'string' }),
    /** Null: until further order. */
    expiresOn: date('expires_on', { mode: 'string' }),
    dischargedOn: date('discharged_on', { mode: 'string' }),
    conditions: text('conditions'),
    protectedPeople: text('protected_people'),
    /**
     * For a Stalking Protection Order: when its subject told the police their names and home address
     * (due within 3 days of service, Stalking Protection Act 2019 s9). The deadline is read from servedOn.
     */
    subjectNotifiedOn: date('subject_notified_on', { mode: 'string' }),
    /** Optimistic lock: each change must name the version it was made from. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [
    index('protective_orders_case_idx').on(t.caseId),
    // The dashboards' "orders expiring within 28 days" across an area.
    index('protective_orders_area_expiry_idx').on(t.areaId, t.expiresOn),
  ],
);

export type ProtectiveOrder = typeof protectiveOrders.$inferSelect;

/** One step in an order's history, with the values it replaced (a variation's old conditions or expiry). */
export const orderEvents = pgTable(
  'order_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => protectiveOrders.id),
    kind: orderEventKindEnum('kind').notNull(),
    /** The day it happened (the court's date), not the day it was recorded. */
    on: date('on', { mode: 'string' }).notNull(),
    note: text('note'),
    /** The order's fields before this event changed them: { expiresOn: '2027-01-31', conditions: '…' }. */
    previous: jsonb('previous').$type<Record<string, string | null>>().notNull().default({}),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAgencyId: uuid('recorded_agency_id')
      .notNull()
      .references(() => agencies.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [index('order_events_order_idx').on(t.orderId, t.on)],
);

export type OrderEvent = typeof orderEvents.$inferSelect;
