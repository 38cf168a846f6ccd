import { boolean, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { areas } from './areas';
import { now } from '../clock';
import { agencyTypes } from '../enums';

export const agencyTypeEnum = pgEnum('agency_type', agencyTypes);

export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    name: text('name').notNull(),
    type: agencyTypeEnum('type').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [unique('agencies_area_name_unique').on(t.areaId, t.name)],
);

export type Agency = typeof agencies.$inferSelect;
