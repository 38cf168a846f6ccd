import 'server-only';
import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { isOpenSql, isOverdueSql } from './status-sql';
import { actionItems, actionReminders } from '@/db/schema';
import type { NotificationKind } from '@/db/enums';
import { systemActor, type AuditActor } from '@/lib/audit/record';
import { notifyUsers } from '@/lib/notifications/notify';
import { ownerRecipients } from './owner';
import { todayInUk } from '@/db/clock';
import { daysAfter } from '@/lib/dates/calendar-date';
import { inTransaction } from '@/lib/logging/transaction';

/** How many days ahead an action counts as due soon. */
export const dueSoonDays = 3;

/**
 * The reminder job: tells an action's owner when an action still to do is due within three days, and
 * again when it is overdue: the owning user when the owner has an account, the owning agency's users
 * when not. Each action gets each reminder once for its due date and owner (a reassignment to someone
 * else is reminded afresh), however many runners do this at the same moment: the insert into
 * action_reminders decides, and a runner that loses the race waits on the winner's row and then skips it.
 */
export async function sendActionReminders(today = todayInUk()): Promise<{ dueSoon: number; overdue: number }> {
  const actor = systemActor('action-reminders');
  const stillOpen = isOpenSql();
  const dueSoon = await remind(actor, 'action_due_soon', and(stillOpen, gte(actionItems.dueOn, today), lte(actionItems.dueOn, daysAfter(today, dueSoonDays)))!);
  const overdue = await remind(actor, 'action_overdue', isOverdueSql(today));
  return { dueSoon, overdue };
}

async function remind(actor: AuditActor, kind: NotificationKind, which: SQL): Promise<number> {
  const due = await inTransaction({ verb: 'sendActionReminders', requestId: actor.requestId }, (tx) =>
    tx
    .select({ id: actionItems.id, areaId: actionItems.areaId, dueOn: actionItems.dueOn, agencyId: actionItems.ownerAgencyId, ownerUserId: actionItems.ownerUserId })
    .from(actionItems)
    .leftJoin(
      actionReminders,
      and(
        eq(actionReminders.actionItemId, actionItems.id),
        eq(actionReminders.kind, kind),
        eq(actionReminders.dueOn, actionItems.dueOn),
        eq(actionReminders.agencyId, actionItems.ownerAgencyId),
        sql`${actionReminders.ownerUserId} is not distinct from ${actionItems.ownerUserId}`,
      ),
    )
    .where(and(which, sql`${actionReminders.actionItemId} is null`)));
  let sent = 0;
  // One transaction per action: the claim and its notifications commit together.
  for (const item of due) {
    await inTransaction({ verb: 'sendActionReminders', requestId: actor.requestId }, async (tx) => {
      // Still due as it was read, locked so a completion or reassignment waits for this reminder.
      const [still] = await tx
        .select({ id: actionItems.id })
        .from(actionItems)
        .where(
          and(
            eq(actionItems.id, item.id),
            which,
            eq(actionItems.dueOn, item.dueOn),
            eq(actionItems.ownerAgencyId, item.agencyId),
            sql`${actionItems.ownerUserId} is not distinct from ${item.ownerUserId}::uuid`,
          ),
        )
        .for('update');
      if (!still) return;
      // The owner, or their agency's users; an agency with nobody to tell is reminded once it has someone.
      const recipients = await ownerRecipients(tx, { ownerAgencyId: item.agencyId, ownerUserId: item.ownerUserId });
      if (recipients.length === 0) return;
      const claimed = await tx
        .insert(actionReminders)
        .values({ actionItemId: item.id, kind, dueOn: item.dueOn, agencyId: item.agencyId, ownerUserId: item.ownerUserId })
        .onConflictDoNothing()
        .returning();
      if (claimed.length === 0) return;
      await notifyUsers(tx, { ...actor, areaId: item.areaId }, recipients, kind, { actionItemId: item.id });
      sent += 1;
    });
  }
  return sent;
}
