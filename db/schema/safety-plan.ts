import { date, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { areas } from './areas';
import { cases } from './cases';
import { users } from './users';
import { now } from '../clock';
import { safetyItemStatuses } from '../enums';

export const safetyItemStatusEnum = pgEnum('safety_item_status', safetyItemStatuses);

/**
 * Where a case's digital safety plan stands on one item of a versioned checklist (its items are
 * defined in lib/, like the risk checklists, and named here by their list's id and the item's key).
 * A row exists once the IDVA has recorded something against the item.
 */
export const digitalSafetyItems = pgTable(
  'digital_safety_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** E.g. 'digital-safety@1'. */
    checklistId: text('checklist_id').notNull(),
    itemKey: text('item_key').notNull(),
    status: safetyItemStatusEnum('status').notNull().default('not_started'),
    /** The day it was done or last looked at with the victim. */
    on: date('on', { mode: 'string' }),
    note: text('note'),
    /** Optimistic lock: each change must name the version it was made from. */
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [unique('digital_safety_items_case_item_unique').on(t.caseId, t.checklistId, t.itemKey)],
);

export type DigitalSafetyItem = typeof digitalSafetyItems.$inferSelect;
