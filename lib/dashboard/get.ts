import 'server-only';
import { and, count, eq, gt, gte, isNull, sql } from 'drizzle-orm';
import { isOpenSql, isOverdueSql } from '@/lib/action-items/status-sql';
import { actionItems, agencies, auditEvents, cases, meetings, notifications, referrals, sessions, users } from '@/db/schema';
import { actionStatsByAgency, type AgencyActionStats } from '@/lib/action-items/stats';
import { assertCan, can } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { countRecentEvents } from '@/lib/audit/scope';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { getSettings, minutes } from '@/lib/settings';
import { now, todayInUk } from '@/db/clock';

export interface Dashboard {
  me: { lastSignInAt: Date | null; liveSessions: number };
  /** For admins, coordinators and chairs: the area's agencies and people. */
  area?: { agencies: number; activeUsers: number };
  /** For admins: accounts that need their attention. */
  accounts?: { awaitingSetup: number; locked: number; disabled: number };
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
  /** For everyone who refers: where the agency's own referrals stand. */
  ownReferrals?: { drafts: number; returned: number; waiting: number };
  /** For coordinators: the work waiting for them. */
  screening?: { waiting: number; casesAwaitingMeeting: number };
  /** For coordinators and chairs: how each agency is doing with its actions. */
  actionStats?: AgencyActionStats[];
  /** For coordinators and chairs: the escalation list (actions not done at two meetings in a row) is theirs to read. */
  canSeeEscalations: boolean;
  /** For everyone with actions: their agency's open and overdue actions. */
  ownActions?: { open: number; overdue: number };
  /** Finalised minutes circulated to the viewer and not yet opened. */
  unreadMinutes: { meetingId: string; startsAt: Date }[];
}

/** What the signed-in user's home page shows; every number is counted from the data. */
export function getDashboard(viewer: Viewer): Promise<Dashboard> {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'dashboard.view', {}, { type: 'dashboard' });
    const at = now();
    const idleSince = new Date(at.getTime() - minutes(getSettings().sessionIdleMinutes));

    const [[self], [{ live }]] = await Promise.all([
      tx.select({ lastSignInAt: users.lastSignInAt }).from(users).where(eq(users.id, me.userId)),
      tx
        .select({ live: count() })
        .from(sessions)
        .where(and(eq(sessions.userId, me.userId), isNull(sessions.endedAt), gt(sessions.expiresAt, at), gt(sessions.lastSeenAt, idleSince))),
    ]);
    const unreadMinutes = await tx
      .select({ meetingId: meetings.id, startsAt: meetings.startsAt })
      .from(notifications)
      .innerJoin(meetings, eq(meetings.id, notifications.meetingId))
      .where(and(eq(notifications.userId, me.userId), eq(notifications.kind, 'minutes_circulated'), isNull(notifications.readAt)))
      .orderBy(meetings.startsAt);
    const dashboard: Dashboard = {
      me: { lastSignInAt: self?.lastSignInAt ?? null, liveSessions: live },
      unreadMinutes,
      // The same permission the escalation list itself asks.
      canSeeEscalations: can(me, 'action_item.list_all', { areaId: me.areaId }),
      canReadAudit: can(me, 'audit.list', { areaId: me.areaId }),
      canSeeCaseAccess: can(me, 'case.access_log', { areaId: me.areaId }),
    };

    const inArea = { areaId: me.areaId };
    if (can(me, 'agency.list', inArea)) {
      const [row] = await tx
        .select({
          agencies: sql<number>`count(distinct ${agencies.id})::int`,
          activeUsers: sql<number>`count(distinct ${users.id}) filter (where ${users.active})::int`,
        })
        .from(agencies)
        .leftJoin(users, eq(users.agencyId, agencies.id))
        .where(and(eq(agencies.areaId, me.areaId), eq(agencies.active, true)));
      dashboard.area = row;
    }
    if (can(me, 'user.list', inArea)) {
      const [row] = await tx
        .select({
          awaitingSetup: sql<number>`count(*) filter (where ${users.passwordHash} is null and ${users.active})::int`,
          // gt() binds the date through the column's type; a bare ${at} would not serialise on postgres.js.
          locked: sql<number>`count(*) filter (where ${gt(users.lockedUntil, at)})::int`,
          disabled: sql<number>`count(*) filter (where not ${users.active})::int`,
        })
        .from(users)
        .innerJoin(agencies, eq(agencies.id, users.agencyId))
        .where(eq(agencies.areaId, me.areaId));
      dashboard.accounts = row;
    }
    if (can(me, 'service.status', inArea)) {
      const { mail } = getSettings();
      const [mailRow] = await tx
        .select({
          waiting: sql<number>`count(*) filter (where ${notifications.emailState} in ('pending', 'sending'))::int`,
          failedLastWeek: sql<number>`count(*) filter (where ${notifications.emailState} = 'failed' and ${gte(notifications.createdAt, new Date(at.getTime() - 7 * 86_400_000))})::int`,
        })
        .from(notifications)
        .innerJoin(users, eq(users.id, notifications.userId))
        .innerJoin(agencies, eq(agencies.id, users.agencyId))
        .where(eq(agencies.areaId, me.areaId));
      dashboard.email = { server: mail ? `${mail.host}:${mail.port}` : null, ...mailRow };
    }
    if (dashboard.canReadAudit) {
      dashboard.refusalsLastDay = await countRecentEvents(tx, me.areaId, at, 1, eq(auditEvents.outcome, 'denied'));
    }
    if (dashboard.canSeeCaseAccess) {
      const reveals = and(eq(auditEvents.action, 'case.reveal_protected'), eq(auditEvents.outcome, 'allowed'))!;
      dashboard.revealsLastWeek = await countRecentEvents(tx, me.areaId, at, 7, reveals);
    }
    if (can(me, 'referral.create', { areaId: me.areaId })) {
      const [row] = await tx
        .select({
          drafts: sql<number>`count(*) filter (where ${referrals.status} = 'draft')::int`,
          returned: sql<number>`count(*) filter (where ${referrals.status} = 'returned')::int`,
          waiting: sql<number>`count(*) filter (where ${referrals.status} = 'submitted')::int`,
        })
        .from(referrals)
        .where(eq(referrals.referringAgencyId, me.agencyId));
      dashboard.ownReferrals = row;
    }
    if (can(me, 'referral.screen', { areaId: me.areaId })) {
      const [[{ waiting }], [{ awaiting }]] = await Promise.all([
        tx.select({ waiting: count() }).from(referrals).where(and(eq(referrals.areaId, me.areaId), eq(referrals.status, 'submitted'))),
        tx.select({ awaiting: count() }).from(cases).where(and(eq(cases.areaId, me.areaId), eq(cases.awaitingMeeting, true), eq(cases.status, 'open'))),
      ]);
      dashboard.screening = { waiting, casesAwaitingMeeting: awaiting };
    }
    if (can(me, 'action_item.list_all', { areaId: me.areaId })) dashboard.actionStats = await actionStatsByAgency(tx, me.areaId);
    if (can(me, 'action_item.view', { areaId: me.areaId, agencyId: me.agencyId })) {
      const [row] = await tx
        .select({
          open: sql<number>`count(*) filter (where ${isOpenSql()})::int`,
          overdue: sql<number>`count(*) filter (where ${isOverdueSql(todayInUk())})::int`,
        })
        .from(actionItems)
        .where(eq(actionItems.ownerAgencyId, me.agencyId));
      dashboard.ownActions = row;
    }
    await recordAudit(tx, me, { action: 'dashboard.view', resourceType: 'dashboard' });
    return dashboard;
  });
}
