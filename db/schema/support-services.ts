import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { areas } from './areas';
import { users } from './users';
import { now } from '../clock';

/**
 * The support directory shown beside a victim's safety plan and printed for them: the national
 * helplines and the area's own services, each area's list edited by its admins. Holds no personal data.
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
    /** A national helpline (listed first), rather than one of the area's own services. */
    national: boolean('national').notNull().default(false),
    position: integer('position').notNull(),
    active: boolean('active').notNull().default(true),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [index('support_services_area_idx').on(t.areaId, t.position)],
);

export type SupportService = typeof supportServices.$inferSelect;
