import 'server-only';
import { and, inArray, isNotNull, lte, type SQL } from 'drizzle-orm';
import { preservationRequests as p } from '@/db/schema';
import { daysAfter } from '@/lib/dates/calendar-date';
import { awaitingStatuses, flagDaysBeforeDeadline } from './status';

// The SQL form of ./status.ts, over `preservation_requests` in the outer query. `today` is the UK date.

export const isAwaitingSql = (): SQL => inArray(p.status, [...awaitingStatuses]);

export const isDeadlineNearSql = (today: string): SQL =>
  and(isAwaitingSql(), isNotNull(p.deadlineOn), lte(p.deadlineOn, daysAfter(today, flagDaysBeforeDeadline)))!;
