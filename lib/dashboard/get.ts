import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';
import { actionStatsByAgency, agencyActionCountsSql, type AgencyActionStats } from '@/lib/action-items/stats';
import { agencyAndPeopleCountsSql } from '@/lib/agencies/counts';
import { assertCan, can } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { countRecentEventsSql } from '@/lib/audit/scope';
import { liveSessionCountSql } from '@/lib/auth/live-sessions';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { casesAwaitingMeetingSql } from '@/lib/cases/counts';
import { noTable } from '@/lib/lists/count-sql';
import { emailQueueCountsSql, unreadMinutesOf } from '@/lib/notifications/counts';
import { orderAlertsOf, type OrderAlerts } from '@/lib/orders/alerts';
import { nearDeadlinesOf, type NearDeadlines } from '@/lib/preservation/requests';
import { agencyReferralCountsSql, referralsAwaitingScreeningSql } from '@/lib/referrals/counts';
import { getSettings } from '@/lib/settings';
import { accountCountsSql, lastSignInSql } from '@/lib/users/counts';
import { now } from '@/db/clock';

export interface Dashboard {
  me: { lastSignInAt: Date | null; liveSessions: number };
  /** For admins, coordinators and chairs: the area's agencies and people. */
  area?: { agencies: number; activeUsers: number };
  /** For admins: accounts that need their attention. */
  accounts?: { awaitingSetup: number; disabled: number };
  /** For admins: whether email is set up, and the area's emails waiting or given up on in the last 7 days. */
  email?: { server: string | null; waiting: number; failedLastWeek: number };
  /** For those who read the audit log: refused requests and failed sign-ins in the area in the last 24 hours. */
  refusalsLastDay?: number;
  /** For those who may see who has seen a case: protected details revealed in the area in the last 7 days. */
  revealsLastWeek?: number;
  /** The viewer reads the area's audit log. */
  canReadAudit: boolean;
  /** The viewer may look up who has seen a case, by its number. */
  canSeeCaseAccess: boolean;
  /** The viewer reads the area's MARAC dataset (lib/dataset). */
  canSeeDataset: boolean;
  /** For everyone who refers: where the agency's own referrals stand. */
  ownReferrals?: { drafts: number; returned: number; waiting: number };
  /** For coordinators: the work waiting for them. */
  screening?: { waiting: number; casesAwaitingMeeting: number };
  /** For coordinators and chairs: how each agency is doing with its actions (due in the last 12 months, and all open). */
  actionStats?: AgencyActionStats[];
  /** For coordinators and chairs: the escalation list (actions not done at two meetings in a row) is theirs to read. */
  canSeeEscalations: boolean;
  /** For everyone with actions: their agency's open and overdue actions. */
  ownActions?: { open: number; overdue: number };
  /** Finalised minutes circulated to the viewer and not yet opened: the newest few, and how many in all. */
  unreadMinutes: { newest: { meetingId: string; startsAt: Date }[]; total: number };
  /** Protective orders of the viewer's cases expiring, notifications missed, repeat breaches (lib/orders/alerts.ts). */
  orderAlerts: OrderAlerts | null;
  /** For the police: data-preservation requests of their cases near the deadline (lib/preservation/requests.ts). */
  preservationDeadlines: NearDeadlines | null;
}

/**
 * What the signed-in user's home page shows, in one transaction; every number is counted from the
 * data, by the domain it belongs to, and all of them in one statement. This verb only decides which of
 * them the viewer may see.
 */
export function getDashboard(viewer: Viewer): Promise<Dashboard> {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'dashboard.view', {}, { type: 'dashboard' });
    const at = now();
    const inArea = { areaId: me.areaId };
    const canReadAudit = can(me, 'audit.list', inArea);
    const canSeeCaseAccess = can(me, 'case.access_log', inArea);
    const reveals = and(eq(auditEvents.action, 'case.reveal_protected'), eq(auditEvents.outcome, 'allowed'))!;
    // Written out, not a parameter, so that even a cached generic plan can read the partial index of refusals.
    const refused = sql`${auditEvents.outcome} = 'denied'`;
    // Every count the viewer may see, in one statement: each a scalar subquery from the domain it belongs to.
    const counts = {
      me: { lastSignInAt: lastSignInSql(me.userId), liveSessions: liveSessionCountSql(me.userId, at) },
      ...(can(me, 'agency.list', inArea) && { area: agencyAndPeopleCountsSql(me.areaId) }),
      ...(can(me, 'user.list', inArea) && { accounts: accountCountsSql(me.areaId) }),
      ...(can(me, 'service.status', inArea) && { email: emailQueueCountsSql(me.areaId, at) }),
      ...(canReadAudit && { refusalsLastDay: countRecentEventsSql(me.areaId, at, 1, refused) }),
      ...(canSeeCaseAccess && { revealsLastWeek: countRecentEventsSql(me.areaId, at, 7, reveals) }),
      ...(can(me, 'referral.create', inArea) && { ownReferrals: agencyReferralCountsSql(me.agencyId) }),
      ...(can(me, 'referral.screen', inArea) && {
        screening: { waiting: referralsAwaitingScreeningSql(me.areaId), casesAwaitingMeeting: casesAwaitingMeetingSql(me.areaId) },
      }),
      ...(can(me, 'action_item.view', { areaId: me.areaId, agencyId: me.agencyId }) && { ownActions: agencyActionCountsSql(me.areaId, me.agencyId) }),
    };
    const listsAll = can(me, 'action_item.list_all', inArea);
    const [[counted], unreadMinutes, orderAlerts, preservationDeadlines, actionStats] = await Promise.all([
      tx.select(counts).from(noTable),
      unreadMinutesOf(tx, me.userId),
      orderAlertsOf(tx, me),
      nearDeadlinesOf(tx, me),
      listsAll ? actionStatsByAgency(tx, me.areaId) : undefined,
    ]);
    const { email, ...rest } = counted;
    const dashboard: Dashboard = {
      ...rest,
      ...(email && { email: { server: mailServer(), ...email } }),
      ...(actionStats && { actionStats }),
      unreadMinutes,
      orderAlerts,
      preservationDeadlines,
      // The same permission the escalation list itself asks.
      canSeeEscalations: listsAll,
      canReadAudit,
      canSeeCaseAccess,
      canSeeDataset: can(me, 'dataset.view', inArea),
    };
    await recordAudit(tx, me, { action: 'dashboard.view', resourceType: 'dashboard' });
    return dashboard;
  });
}

function mailServer(): string | null {
  const { mail } = getSettings();
  return mail ? `${mail.host}:${mail.port}` : null;
}
