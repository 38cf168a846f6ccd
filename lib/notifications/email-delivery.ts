import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { agencies, notifications, users } from '@/db/schema';
import { recordAudit, systemActor } from '@/lib/audit/record';
import { attentionEmail } from '@/lib/mail/attention-email';
import { createMailer } from '@/lib/mail/transport';
import { getSettings, minutes } from '@/lib/settings';
import { now } from '@/db/clock';
import { inTransaction } from '@/lib/logging/transaction';

/** Attempts before an email is given up on; a failed one waits a minute before the next. */
export const maxEmailAttempts = 5;
/** A run stops sending after this long and hands back what it has not sent. */
export const deliveryRunMinutes = 4;
/**
 * A claim older than this was left by a run that died, and its emails are tried again. It must be
 * longer than a run can last (the queue expires a run after deliveryRunMinutes + 1).
 */
const claimTimeoutMinutes = 10;
const batchSize = 200;

/**
 * The email job: sends each user with pending notification emails one email saying that something
 * needs their attention (see attention-email.ts). Notifications are claimed under a run id in a
 * committed transaction with SKIP LOCKED before anything is sent, so two runs never send the same
 * one, and only the run holding the claim records how it went. Each email sent or failed is an
 * audit event per notification, naming its id and recipient only.
 */
export async function deliverEmails(): Promise<{ emails: number; failed: number }> {
  const { mail, appUrl } = getSettings();
  if (!mail) return { emails: 0, failed: 0 };
  const actor = systemActor('deliver-emails');
  const at = { verb: 'deliverEmails', requestId: actor.requestId };
  const claimId = randomUUID();
  const stopAt = Date.now() + minutes(deliveryRunMinutes);

  const claimed = await inTransaction(at, async (tx) => {
    await tx
      .update(notifications)
      .set({ emailState: 'pending', emailClaimId: null })
      .where(and(eq(notifications.emailState, 'sending'), sql`${notifications.emailClaimedAt} < ${now().toISOString()}::timestamptz - make_interval(mins => ${claimTimeoutMinutes})`));
    const due = tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.emailState, 'pending'), lte(notifications.emailNextAttemptAt, now())))
      .orderBy(asc(notifications.emailNextAttemptAt))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    return tx
      .update(notifications)
      .set({ emailState: 'sending', emailClaimId: claimId, emailClaimedAt: now(), emailAttempts: sql`${notifications.emailAttempts} + 1` })
      .where(inArray(notifications.id, due))
      .returning({ id: notifications.id, userId: notifications.userId, attempts: notifications.emailAttempts });
  });
  if (claimed.length === 0) return { emails: 0, failed: 0 };

  const ours = (ids: string[]) => and(inArray(notifications.id, ids), eq(notifications.emailClaimId, claimId));
  const recipients = await inTransaction(at, (tx) =>
    tx
      .select({ id: users.id, email: users.email, active: users.active, areaId: agencies.areaId })
      .from(users)
      .innerJoin(agencies, eq(agencies.id, users.agencyId))
      .where(inArray(users.id, [...new Set(claimed.map((c) => c.userId))])),
  );
  const mailer = createMailer(mail);
  let emails = 0;
  let failed = 0;
  try {
    for (const user of recipients) {
      if (Date.now() > stopAt) break;
      const theirs = claimed.filter((c) => c.userId === user.id);
      const ids = theirs.map((c) => c.id);
      if (!user.active) {
        // Disabled since: no email, and nothing to retry.
        await inTransaction(at, (tx) => tx.update(notifications).set({ emailState: null, emailClaimId: null }).where(ours(ids)));
        continue;
      }
      const inArea = { ...actor, areaId: user.areaId };
      const { subject, text } = attentionEmail(ids.length, appUrl);
      try {
        await mailer.sendMail({ from: mail.from, to: user.email, subject, text });
      } catch {
        failed += 1;
        await inTransaction(at, async (tx) => {
          // Each notification is given up on after its own last attempt; the others wait a minute.
          await tx
            .update(notifications)
            .set({
              emailState: sql`case when ${notifications.emailAttempts} >= ${maxEmailAttempts} then 'failed' else 'pending' end::email_state`,
              emailNextAttemptAt: new Date(now().getTime() + 60_000),
              emailClaimId: null,
            })
            .where(ours(ids));
          for (const c of theirs) {
            const outcome = c.attempts >= maxEmailAttempts ? 'given_up' : 'will_retry';
            await recordAudit(tx, inArea, { action: 'notification.email', resourceType: 'notification', resourceId: c.id, outcome: 'error', detail: `${outcome}_to_user_${user.id}` });
          }
        });
        continue;
      }
      emails += 1;
      await inTransaction(at, async (tx) => {
        await tx.update(notifications).set({ emailState: 'sent', emailedAt: now(), emailClaimId: null }).where(ours(ids));
        for (const id of ids) {
          await recordAudit(tx, inArea, { action: 'notification.email', resourceType: 'notification', resourceId: id, detail: `to_user_${user.id}` });
        }
      });
    }
  } finally {
    mailer.close();
    // What this run did not get to goes back, as if it had not been claimed.
    await inTransaction(at, (tx) =>
      tx
        .update(notifications)
        .set({ emailState: 'pending', emailClaimId: null, emailAttempts: sql`${notifications.emailAttempts} - 1` })
        .where(and(eq(notifications.emailClaimId, claimId), eq(notifications.emailState, 'sending'))),
    );
  }
  return { emails, failed };
}
