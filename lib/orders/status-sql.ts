import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { protectiveOrders as o } from '@/db/schema';
import { daysAfter } from '@/lib/dates/calendar-date';
import { expiringWithinDays, spoNotifyWithinDays, stalkingProtectionOrderTypes } from './status';

// The SQL form of ./status.ts, over `protective_orders` in the outer query. `today` is the UK date.

export const isInForceSql = (today: string): SQL =>
  sql`(${o.madeOn} is not null and ${o.madeOn} <= ${today}::date
    and (${o.dischargedOn} is null or ${o.dischargedOn} > ${today}::date)
    and (${o.expiresOn} is null or ${o.expiresOn} >= ${today}::date))`;

export const isExpiringSoonSql = (today: string): SQL =>
  sql`(${isInForceSql(today)} and ${o.expiresOn} <= ${daysAfter(today, expiringWithinDays)}::date)`;

export const isNotifyDeadlineMissedSql = (today: string): SQL =>
  sql`(${o.type} in (${sql.join(
    stalkingProtectionOrderTypes.map((t) => sql`${t}`),
    sql`, `,
  )}) and ${o.servedOn} is not null and ${o.subjectNotifiedOn} is null
    and ${o.servedOn} + ${spoNotifyWithinDays}::int < ${today}::date)`;
