import 'server-only';
import { and, asc, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { todayInUk } from '@/db/clock';
import type { ProtectiveOrderType } from '@/db/enums';
import { cases, incidents, incidentVersions, protectiveOrders } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Viewer } from '@/lib/auth/viewer-type';
import { can, mayEver } from '@/lib/authz';
import { casesVisibleTo } from '@/lib/authz/cases';
import { notifyDeadline } from './status';
import { isExpiringSoonSql, isInForceSql, isNotifyDeadlineMissedSql } from './status-sql';

/** Each panel shows this many rows at most, soonest or newest first, and says how many more there are. */
export const ORDER_ALERTS_LIMIT = 10;

/** A breach is a repeat (SafeLives' national definition) when it happens within this long after the case's last MARAC. */
export const REPEAT_WITHIN_MONTHS = 12;

export interface OrderAlert {
  caseId: string;
  caseNumber: string;
  orderId: string;
  type: ProtectiveOrderType;
  /** The order's expiry, or the SPO's notification deadline. */
  on: string;
}

export interface BreachAlert {
  caseId: string;
  caseNumber: string;
  number: number;
  occurredAt: Date;
  lastMaracOn: string;
}

export interface OrderAlerts {
  expiring: { rows: OrderAlert[]; total: number };
  notifyMissed: { rows: OrderAlert[]; total: number };
  repeatBreaches: { rows: BreachAlert[]; total: number };
  /** The viewer screens referrals (the coordinator): each repeat asks them to consider a new referral. */
  considerReferral: boolean;
}

const total = sql<number>`(count(*) over ())::int`;

/** The current version of the entry in the outer query. */
const isCurrentVersion = sql`${incidentVersions.version} = (select max(v.version) from ${incidentVersions} v where v.incident_id = ${incidents.id})`;

/** The day a breach happened (UK) falls on or after the case's last MARAC and within 12 months of it. */
const isRepeatBreachSql = sql`${cases.lastMaracOn} is not null
  and (${incidentVersions.occurredAt} at time zone 'Europe/London')::date >= ${cases.lastMaracOn}
  and (${incidentVersions.occurredAt} at time zone 'Europe/London')::date <= ${cases.lastMaracOn} + make_interval(months => ${REPEAT_WITHIN_MONTHS})`;

async function ordersWhere(tx: Tx, reach: SQL, rule: SQL, on: SQL<string>): Promise<{ rows: OrderAlert[]; total: number }> {
  const rows = await tx
    .select({ caseId: cases.id, caseNumber: cases.number, orderId: protectiveOrders.id, type: protectiveOrders.type, on, total })
    .from(protectiveOrders)
    .innerJoin(cases, eq(cases.id, protectiveOrders.caseId))
    .where(and(reach, rule))
    .orderBy(asc(on), asc(cases.number))
    .limit(ORDER_ALERTS_LIMIT);
  return { rows: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}

/**
 * The home page's order panels, over the cases the viewer reaches by `order.alerts` (the area's
 * coordinators: all of the area's; an agency: those it has a part in): orders expiring within 28
 * days, SPO notification deadlines missed, and breaches within 12 months of the case's last MARAC.
 * One capped query each, in the home page's transaction (lib/dashboard/get.ts), with an audit event of
 * their own. Null for a viewer with no rule for it.
 */
export async function orderAlertsOf(tx: Tx, me: Viewer): Promise<OrderAlerts | null> {
  if (!mayEver(me, 'order.alerts')) return null;
  const today = todayInUk();
  const reach = and(eq(protectiveOrders.areaId, me.areaId), casesVisibleTo(me, 'order.alerts'))!;
  const [expiring, notifyMissed, breaches] = await Promise.all([
    ordersWhere(tx, reach, isExpiringSoonSql(today), sql<string>`${protectiveOrders.expiresOn}`),
    ordersWhere(tx, reach, and(isNotifyDeadlineMissedSql(today), isInForceSql(today))!, sql<string>`${protectiveOrders.servedOn}`),
    tx
      .select({ caseId: cases.id, caseNumber: cases.number, number: incidents.number, occurredAt: incidentVersions.occurredAt, lastMaracOn: sql<string>`${cases.lastMaracOn}`, total })
      .from(incidentVersions)
      .innerJoin(incidents, and(eq(incidents.id, incidentVersions.incidentId), isCurrentVersion))
      .innerJoin(cases, eq(cases.id, incidents.caseId))
      .where(and(eq(incidents.areaId, me.areaId), isNotNull(incidentVersions.breachOfOrderId), isNull(incidents.withdrawnAt), isRepeatBreachSql, casesVisibleTo(me, 'order.alerts')))
      .orderBy(desc(incidentVersions.occurredAt), asc(incidents.number))
      .limit(ORDER_ALERTS_LIMIT),
  ]);
  const alerts: OrderAlerts = {
    expiring,
    // The deadline, from the day it was served (the rule of ./status.ts).
    notifyMissed: { ...notifyMissed, rows: notifyMissed.rows.map((r) => ({ ...r, on: notifyDeadline({ type: r.type, servedOn: r.on })! })) },
    repeatBreaches: { rows: breaches.map(({ total: _t, ...r }) => r), total: breaches[0]?.total ?? 0 },
    considerReferral: can(me, 'referral.screen', { areaId: me.areaId }),
  };
  await recordAudit(tx, me, {
    action: 'order.alerts',
    resourceType: 'dashboard',
    detail: `expiring_${expiring.total}_missed_${notifyMissed.total}_breaches_${alerts.repeatBreaches.total}`,
  });
  return alerts;
}
