import 'server-only';
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { agencies, notifications, users } from '@/db/schema';
import { recordAudit, systemActor } from '@/lib/audit/record';
import { attentionEmail } from '@/lib/mail/attention-email';
import { createMailer } from '@/lib/mail/transport';
import { getSettings, minutes } from '@/lib/settings';

/** Attempts before an email is given up on (one a minute). */
export const maxEmailAttempts = 5;
/** A claim older than this was left by a run that died; its emails are tried again. */
const claimTimeoutMinutes = 10;
const batchSize = 500;

/**
 * The email job: sends each user with pending notification emails one email saying that something
 * needs their attention (see attention-email.ts). Notifications are claimed in a committed
 * transaction with SKIP LOCKED before anything is sent, so two runners never send the same one.
 * Each email sent is an audit event per notification, naming its id and recipient only.
 */
export async function deliverEmails(): Promise<{ emails: number; failed: number }> {
  const { mail, appUrl } = getSettings();
  if (!mail) return { emails: 0, failed: 0 };
  const db = await getDb();
  const actor = systemActor('deliver-emails');

  const claimed = await db.transaction(async (tx) => {
    await tx
      .update(notifications)
      .set({ emailState: 'pending' })
      .where(and(eq(notifications.emailState, 'sending'), lt(notifications.emailClaimedAt, new Date(Date.now() - minutes(claimTimeoutMinutes)))));
    const next = tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(eq(notifications.emailState, 'pending'))
      .orderBy(asc(notifications.createdAt))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    return tx
      .update(notifications)
      .set({ emailState: 'sending', emailClaimedAt: sql`now()`, emailAttempts: sql`${notifications.emailAttempts} + 1` })
      .where(inArray(notifications.id, next))
      .returning({ id: notifications.id, userId: notifications.userId, attempts: notifications.emailAttempts });
  });
  if (claimed.length === 0) return { emails: 0, failed: 0 };

  const recipients = await db
    .select({ id: users.id, email: users.email, active: users.active, areaId: agencies.areaId })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(inArray(users.id, [...new Set(claimed.map((c) => c.userId))]));
  const mailer = createMailer(mail);
  let emails = 0;
  let failed = 0;
  try {
    for (const user of recipients) {
      const theirs = claimed.filter((c) => c.userId === user.id);
      const ids = theirs.map((c) => c.id);
      if (!user.active) {
        // Disabled since: no email, and nothing to retry.
        await db.update(notifications).set({ emailState: null }).where(inArray(notifications.id, ids));
        continue;
      }
      const { subject, text } = attentionEmail(ids.length, appUrl);
      const inArea = { ...actor, areaId: user.areaId };
      try {
        await mailer.sendMail({ from: mail.from, to: user.email, subject, text });
      } catch {
        failed += 1;
        const lastTry = theirs.every((c) => c.attempts >= maxEmailAttempts);
        await db.transaction(async (tx) => {
          await tx.update(notifications).set({ emailState: lastTry ? 'failed' : 'pending' }).where(inArray(notifications.id, ids));
          for (const id of ids) {
            await recordAudit(tx, inArea, { action: 'notification.email', resourceType: 'notification', resourceId: id, outcome: 'error', detail: `${lastTry ? 'given_up' : 'will_retry'}_to_user_${user.id}` });
          }
        });
        continue;
      }
      emails += 1;
      await db.transaction(async (tx) => {
        await tx.update(notifications).set({ emailState: 'sent', emailedAt: sql`now()` }).where(inArray(notifications.id, ids));
        for (const id of ids) {
          await recordAudit(tx, inArea, { action: 'notification.email', resourceType: 'notification', resourceId: id, detail: `to_user_${user.id}` });
        }
      });
    }
  } finally {
    mailer.close();
  }
  return { emails, failed };
}
