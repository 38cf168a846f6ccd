import 'server-only';
import type { PgBoss } from 'pg-boss';
import { getPglite } from '@/db/client';
import { log } from '@/lib/logging/log';
import { atBoundary } from '@/lib/logging/transaction';
import { sendActionReminders } from '@/lib/action-items/reminders';
import { sendResearchRequests } from '@/lib/meetings/research-requests';
import { flagPreservationDeadlines } from '@/lib/preservation/deadline-flags';
import { deliverEmails } from '@/lib/notifications/email-delivery';
import { checkAuditChain } from '@/lib/audit/chain-check';
import { clearLapsedCounters } from '@/lib/auth/throttle';
import { addKicker, jobNames, type JobName } from './kick';
import { openBoss, queues, type JobDatabase } from './queues';

/**
 * What each job does; when, and its queue's settings, are in queues.ts. Every handler decides from
 * committed rows and claims its work in the database, so running it twice, or on two instances at
 * once, sends nothing twice.
 */
const handlers: Record<JobName, () => Promise<unknown>> = {
  'action-reminders': () => sendActionReminders(),
  'research-requests': sendResearchRequests,
  'deliver-emails': deliverEmails,
  'preservation-deadlines': () => flagPreservationDeadlines(),
  'audit-chain': () => checkAuditChain().then(({ events, areas, broken }) => ({ events, areas, broken })),
  'sign-in-counters': clearLapsedCounters,
};

export interface JobRunner {
  boss: PgBoss;
  stop: () => Promise<void>;
}

/** This process's database for the job queue: PostgreSQL, or the embedded PGlite it shares with drizzle. */
async function jobDatabase(): Promise<JobDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { connectionString: url };
  const pglite = await getPglite();
  if (!pglite) throw new Error('No database for the job queue');
  return { pglite };
}

/**
 * Starts the jobs in this process: pg-boss keeps the schedules and the queues in the database, so
 * with several instances each slot's job is taken by one of them. Each job but the audit check also runs once at start.
 */
export async function startJobRunner(options: { pollingIntervalSeconds?: number } = {}): Promise<JobRunner> {
  // The queues were made by `npm run db:migrate` (queues.ts); the app's role may not make them.
  const boss = openBoss(await jobDatabase(), { migrate: false });
  // pg-boss's own errors (its queries carry job data): type, code and frames only.
  boss.on('error', (err) => log.error({ job: 'pg-boss', err }, 'job queue error'));
  await boss.start();
  for (const name of jobNames) {
    await boss.schedule(name, queues[name].cron, null, { tz: 'Europe/London' });
    await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
      const startedAt = performance.now();
      try {
        // The job's boundary: its queries outside a transaction fail as a DatabaseFailure too, so
        // neither this log nor the error pg-boss stores with the job holds a query's parameters.
        const result = await atBoundary({ verb: name }, handlers[name]);
        // A run that did nothing (most of them) is logged only at debug level.
        const busy = Object.values(typeof result === 'object' && result ? result : { result }).some((v) => typeof v === 'number' && v > 0);
        log[busy ? 'info' : 'debug']({ job: name, ms: Math.round(performance.now() - startedAt), result }, 'job done');
      } catch (err) {
        log.error({ job: name, ms: Math.round(performance.now() - startedAt), err }, 'job failed');
        throw err;
      }
    });
    if (!queues[name].notAtStart) await boss.send(name, null);
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
