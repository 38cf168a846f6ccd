import 'server-only';
import { PgBoss, fromPglite } from 'pg-boss';
import type { PGlite } from '@electric-sql/pglite';
import { JOB_SCHEMA } from '@/db/app-role';
import { deliveryRunMinutes } from '@/lib/notifications/email-delivery';
import { jobNames, type JobName } from './kick';

/**
 * When each job runs (cron, UK time) and its queue's settings. Every queue is stately: at most one
 * job waiting and one running, so kicks and schedule slots collapse.
 */
export const queues: Record<JobName, { cron: string; expireInSeconds?: number; notAtStart?: boolean }> = {
  // Due-soon and overdue reminders: a quarter-hourly sweep; each reminder goes once per due date.
  'action-reminders': { cron: '*/15 * * * *' },
  'research-requests': { cron: '* * * * *' },
  // A run stops sending after deliveryRunMinutes; pg-boss gives up on it a minute after that.
  'deliver-emails': { cron: '* * * * *', expireInSeconds: (deliveryRunMinutes + 1) * 60 },
  // Preservation deadlines are days: once a day, early, flags each request once per deadline.
  'preservation-deadlines': { cron: '0 6 * * *' },
  // The audit log's chains, once a day at night (decision 0018). It reads the whole log, so not at each
  // start as well; an hour before pg-boss gives up on it.
  'audit-chain': { cron: '30 2 * * *', expireInSeconds: 3600, notAtStart: true },
  // Sign-in counters lapse after 15 minutes; once a day the lapsed ones are deleted (decision 0017).
  'sign-in-counters': { cron: '45 3 * * *' },
};

/** The database pg-boss should use: a PostgreSQL connection string, or the embedded PGlite. */
export type JobDatabase = { connectionString: string; max?: number } | { pglite: PGlite };

/**
 * A pg-boss instance on the given database. Only `npm run db:migrate` migrates (installJobQueue); the
 * app's runner starts on the schema as it finds it, as a role that cannot change it.
 */
export function openBoss(database: JobDatabase, options: { migrate: boolean; supervise?: boolean; schedule?: boolean }): PgBoss {
  const common = { schema: JOB_SCHEMA, ...options };
  if ('pglite' in database) return new PgBoss({ ...common, db: fromPglite(database.pglite), backend: 'pglite' });
  return new PgBoss({ ...common, connectionString: database.connectionString, max: database.max ?? 3 });
}

/**
 * Part of `npm run db:migrate`, as the owner: pg-boss's schema, its migrations and every job's queue
 * with its settings (a queue made by an earlier release is updated). The app then connects as a role
 * that may use these tables but not create or alter any (db/app-role.ts), and starts pg-boss without
 * migrating (lib/jobs/runner.ts). Nothing is scheduled or run here.
 */
export async function installJobQueue(database: JobDatabase): Promise<void> {
  const boss = openBoss('pglite' in database ? database : { ...database, max: 1 }, { migrate: true, supervise: false, schedule: false });
  try {
    await boss.start();
    for (const name of jobNames) {
      const { expireInSeconds } = queues[name];
      const settings = { retryLimit: 3, retryDelay: 30, ...(expireInSeconds ? { expireInSeconds } : {}) };
      if (await boss.getQueue(name)) await boss.updateQueue(name, settings);
      else await boss.createQueue(name, { policy: 'stately', ...settings });
    }
  } finally {
    // The embedded database is the process's own (db/client.ts): pg-boss must not close it.
    await boss.stop({ graceful: false, close: !('pglite' in database) });
  }
}
