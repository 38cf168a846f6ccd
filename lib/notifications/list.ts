import 'server-only';
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { actionItems, meetings, notifications } from '@/db/schema';
import type { NotificationKind } from '@/db/enums';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import { assertCan } from '@/lib/authz';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied } from '@/lib/errors';
import { knownId } from '@/lib/input/ids';
import type { NotificationListQuery } from './schemas';
import { now } from '@/db/clock';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  createdAt: Date;
  readAt: Date | null;
  meetingStartsAt: Date | null;
  /** About an action the recipient owns by name (rather than one of their agency's). */
  aboutOwnAction: boolean;
}

export interface NotificationPage {
  rows: NotificationRow[];
  /** How many match the query (all, or unread only; of every kind, or one). */
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

const pageSize = 25;

/** The viewer's own notifications, newest first, paged in SQL. */
export function listNotifications(viewer: Viewer, q: NotificationListQuery = {}): Promise<NotificationPage> {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'notification.list', { userId: me.userId }, { type: 'notification' });
    const mine = eq(notifications.userId, me.userId);
    const unreadOfMine = and(mine, isNull(notifications.readAt));
    const where = and(q.unread ? unreadOfMine : mine, q.kind ? eq(notifications.kind, q.kind) : undefined);
    const [[{ total }], [{ unread }]] = await Promise.all([
      tx.select({ total: count() }).from(notifications).where(where),
      tx.select({ unread: count() }).from(notifications).where(unreadOfMine),
    ]);
    const page = Math.min(q.page ?? 1, Math.max(1, Math.ceil(total / pageSize)));
    const rows = await tx
      .select({
        id: notifications.id,
        kind: notifications.kind,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
        meetingStartsAt: meetings.startsAt,
        aboutOwnAction: sql<boolean>`coalesce(${actionItems.ownerUserId} = ${notifications.userId}, false)`,
      })
      .from(notifications)
      .leftJoin(meetings, eq(meetings.id, notifications.meetingId))
      .leftJoin(actionItems, eq(actionItems.id, notifications.actionItemId))
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    await recordAudit(tx, me, { action: 'notification.list', resourceType: 'notification' });
    return { rows, total, unread, page, pageSize };
  });
}

/** Marks every one of the viewer's unread notifications read, and says how many that was. */
export function markAllNotificationsRead(viewer: Viewer): Promise<number> {
  return withViewer(viewer, async (tx, me) => {
    const marked = await tx
      .update(notifications)
      .set({ readAt: now() })
      .where(and(eq(notifications.userId, me.userId), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    await recordAudit(tx, me, { action: 'notification.read_all', resourceType: 'notification', detail: `${marked.length}_marked_read` });
    return marked.length;
  });
}

/** Marks one of the viewer's notifications read and says where it leads. */
export function openNotification(viewer: Viewer, notificationId: string): Promise<string> {
  return withViewer(viewer, async (tx, me) => {
    const [n] = await tx.select().from(notifications).where(eq(notifications.id, knownId(notificationId, 'notification.open', 'notification')));
    if (!n) throw new AccessDenied('notification.open', 'notification', notificationId, true);
    assertCan(me, 'notification.open', { userId: n.userId }, { type: 'notification', id: n.id });
    await tx.update(notifications).set({ readAt: sql`coalesce(${notifications.readAt}, ${now().toISOString()}::timestamptz)` }).where(eq(notifications.id, n.id));
    await recordAudit(tx, me, { action: 'notification.open', resourceType: 'notification', resourceId: n.id });
    if (n.kind === 'minutes_circulated') return `/meetings/${n.meetingId}/minutes`;
    if (n.kind === 'research_requested') return `/meetings/${n.meetingId}`;
    // The refused reveals, with who, which case and when: the coordinator looks at the audit log.
    if (n.kind === 'reveal_limit_reached') return '/audit?action=case.reveal_protected&outcome=denied';
    if (n.kind === 'protected_details_revealed') return `/cases/${n.caseId}`;
    // Which event the check named is in the audit log itself (audit.chain_broken).
    if (n.kind === 'audit_chain_broken') return '/audit?action=audit.chain_broken';
    if (n.kind === 'preservation_deadline_near') return `/cases/${n.caseId}/preservation`;
    if (n.actionItemId) return `/action-items/${n.actionItemId}`;
    return `/referrals/${n.referralId}`;
  });
}
