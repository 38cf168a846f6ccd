import 'server-only';
import { PgBoss, fromPglite } from 'pg-boss';
import { getPglite } from '@/db/client';
import { log } from '@/lib/logging/log';
import { atBoundary } from '@/lib/logging/transaction';
import { sendActionReminders } from '@/lib/action-items/reminders';
import { sendResearchRequests } from '@/lib/meetings/research-requests';
import { flagPreservationDeadlines } from '@/lib/preservation/deadline-flags';
import { deliverEmails, deliveryRunMinutes } from '@/lib/notifications/email-delivery';
import { checkAuditChain } from '@/lib/audit/chain-check';
import { clearLapsedCounters } from '@/lib/auth/throttle';
import { addKicker, jobNames, type JobName } from './kick';

/**
 * What each job does and when (cron, UK time). Every handler decides from committed rows and claims
 * its work in the database, so running it twice, or on two instances at once, sends nothing twice.
 */
const jobs: Record<JobName, { cron: string; run: () => Promise<unknown>; expireInSeconds?: number; notAtStart?: boolean }> = {
  // Due-soon and overdue reminders: a quarter-hourly sweep; each reminder goes once per due date.
  'action-reminders': { cron: '*/15 * * * *', run: () => sendActionReminders() },
  'research-requests': { cron: '* * * * *', run: sendResearchRequests },
  // A run stops sending after deliveryRunMinutes; pg-boss gives up on it a minute after that.
  'deliver-emails': { cron: '* * * * *', run: deliverEmails, expireInSeconds: (deliveryRunMinutes + 1) * 60 },
  // Preservation deadlines are days: once a day, early, flags each request once per deadline.
  'preservation-deadlines': { cron: '0 6 * * *', run: () => flagPreservationDeadlines() },
  // The audit log's chains, once a day at night (decision 0018). It reads the whole log, so not at each
  // start as well; an hour before pg-boss gives up on it.
  'audit-chain': {
    cron: '30 2 * * *',
    run: () => checkAuditChain().then(({ events, areas, broken }) => ({ events, areas, broken })),
    expireInSeconds: 3600,
    notAtStart: true,
  },
  // Sign-in counters lapse after 15 minutes; once a day the lapsed ones are deleted (decision 0017).
  'sign-in-counters': { cron: '45 3 * * *', run: clearLapsedCounters },
};

export interface JobRunner {
  boss: PgBoss;
  stop: () => Promise<void>;
}

/** A pg-boss instance on this process's database: PostgreSQL, or the embedded PGlite it shares with drizzle. */
async function openBoss(): Promise<PgBoss> {
  const url = process.env.DATABASE_URL;
  if (url) return new PgBoss({ connectionString: url, max: 3 });
  const pglite = await getPglite();
  if (!pglite) throw new Error('No database for the job queue');
  return new PgBoss({ db: fromPglite(pglite), backend: 'pglite' });
}

/**
 * Starts the jobs in this process: pg-boss keeps the schedules and the queues in the database, so
 * with several instances each slot's job is taken by one of them. Each job but the audit check also runs once at start.
 */
export async function startJobRunner(options: { pollingIntervalSeconds?: number } = {}): Promise<JobRunner> {
  const boss = await openBoss();
  // pg-boss's own errors (its queries carry job data): type, code and frames only.
  boss.on('error', (err) => log.error({ job: 'pg-boss', err }, 'job queue error'));
  await boss.start();
  for (const name of jobNames) {
    // Stately: at most one waiting and one running, so kicks and schedule slots collapse.
    const settings = { retryLimit: 3, retryDelay: 30, ...(jobs[name].expireInSeconds ? { expireInSeconds: jobs[name].expireInSeconds } : {}) };
    await boss.createQueue(name, { policy: 'stately', ...settings });
    // A queue made by an earlier release keeps its options unless they are updated.
    await boss.updateQueue(name, settings);
    await boss.schedule(name, jobs[name].cron, null, { tz: 'Europe/London' });
    await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
      const startedAt = performance.now();
      try {
        // The job's boundary: its queries outside a transaction fail as a DatabaseFailure too, so
        // neither this log nor the error pg-boss stores with the job holds a query's parameters.
        const result = await atBoundary({ verb: name }, jobs[name].run);
        // A run that did nothing (most of them) is logged only at debug level.
        const busy = Object.values(typeof result === 'object' && result ? result : { result }).some((v) => typeof v === 'number' && v > 0);
        log[busy ? 'info' : 'debug']({ job: name, ms: Math.round(performance.now() - startedAt), result }, 'job done');
      } catch (err) {
        log.error({ job: name, ms: Math.round(performance.now() - startedAt), err }, 'job failed');
        throw err;
      }
    });
    if (!jobs[name].notAtStart) await boss.send(name, null);
  }
  const removeKicker = addKicker((name) => {
    // A second's delay lets the kicking transaction commit first.
    boss.send(name, null, { startAfter: 1 }).catch((err) => log.error({ job: name, err }, 'job kick failed'));
  });
  return {
    boss,
    stop: async () => {
      removeKicker();
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
