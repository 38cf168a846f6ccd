import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { areas } from './areas';
import { users } from './users';
import { now } from '../clock';

/**
 * The area's own services in the support directory shown beside a victim's safety plan and printed
 * for them, edited by the area's admins (the national helplines are data in lib/support-services,
 * the same for every area). Holds no personal data.
 */
export const supportServices = pgTable(
  'support_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    name: text('name').notNull(),
    description: text('description'),
    phone: text('phone'),
    website: text('website'),
    /** When it can be reached, e.g. "Weekdays 9:30am to 4pm". */
    hours: text('hours'),
    position: integer('position').notNull(),
    active: boolean('active').notNull().default(true),
    /** Optimistic lock: each change must name the version it was made from. */
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [index('support_services_area_idx').on(t.areaId, t.position)],
);

export type SupportService = typeof supportServices.$inferSelect;
