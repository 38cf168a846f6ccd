import 'server-only';
import { and, inArray, lt, type SQL } from 'drizzle-orm';
import { actionItems } from '@/db/schema';
import { openStatuses } from './status';

/** The SQL form of ./status.ts, over `action_items` in the outer query. */
export const isOpenSql = (): SQL => inArray(actionItems.status, [...openStatuses]);

/** Still to do and due before `today` (the UK date, YYYY-MM-DD). */
export const isOverdueSql = (today: string): SQL => and(isOpenSql(), lt(actionItems.dueOn, today))!;
