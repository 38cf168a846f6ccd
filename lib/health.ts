import 'server-only';
import { sql } from 'drizzle-orm';
import { JOB_SCHEMA } from '@/db/app-role';
import { getDb, type Db } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { jobNames } from '@/lib/jobs/kick';
import { jobRunnerState, type JobRunnerState } from '@/lib/jobs/state';
import { createMailer } from '@/lib/mail/transport';
import { getSettings, type MailSettings } from '@/lib/settings';

/**
 * What /api/health tells operators and load balancers: each dependency's state and how long its check
 * took, nothing else: no host names, no error messages, no personal data. `status` is `down` (503)
 * only when the database does not answer, since nothing works without it; a job queue or mail server
 * that is down makes it `degraded`, still 200: the app serves, and the operator sees which is down.
 */
export interface Health {
  status: 'ok' | 'degraded' | 'down';
  database: { state: 'ok' | 'down'; ms: number };
  jobs: {
    /** ok: the queue answers and this instance runs the jobs, or is set not to (off). */
    state: 'ok' | 'off' | 'starting' | 'down';
    runner: JobRunnerState;
    /** The queues' counts as pg-boss last measured them, when the queue answers. */
    queues?: { name: string; queued: number; active: number; failed: number }[];
  };
  /** Checked only where SMTP_HOST is set; a connection and greeting within a few seconds. */
  mail: { state: 'ok' | 'down' | 'not_configured'; ms?: number };
}

export interface HealthDependencies {
  db: () => Promise<Db>;
  runner: () => JobRunnerState;
  mail: () => MailSettings | null;
  /** Opens an SMTP connection and says hello (nodemailer's verify), or throws. */
  verifyMail: (mail: MailSettings) => Promise<void>;
  /** How long each check may take before it counts as down. */
  timeoutMs: number;
}

async function verifyMailServer(mail: MailSettings, timeoutMs: number): Promise<void> {
  const mailer = createMailer(mail);
  try {
    await withTimeout(mailer.verify(), timeoutMs);
  } finally {
    mailer.close();
  }
}

const defaults = (timeoutMs = 3000): HealthDependencies => ({
  db: getDb,
  runner: jobRunnerState,
  mail: () => getSettings().mail,
  verifyMail: (mail) => verifyMailServer(mail, timeoutMs),
  timeoutMs,
});

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function timed<T>(work: () => Promise<T>, ms: number): Promise<{ ok: true; value: T; ms: number } | { ok: false; ms: number }> {
  const started = performance.now();
  try {
    const value = await withTimeout(work(), ms);
    return { ok: true, value, ms: Math.round(performance.now() - started) };
  } catch {
    return { ok: false, ms: Math.round(performance.now() - started) };
  }
}


async function queueCounts(db: Db) {
  const result = await db.execute(
    sql`select name, queued_count::int as queued, active_count::int as active, failed_count::int as failed
        from ${sql.identifier(JOB_SCHEMA)}.queue where name in (${sql.join(jobNames.map((n) => sql`${n}`), sql`, `)}) order by name`,
  );
  return rowsOf<{ name: string; queued: number; active: number; failed: number }>(result);
}

// A load balancer may ask every few seconds: the mail server is asked at most once a minute.
const MAIL_CHECK_SECONDS = 60;
const mailKey = Symbol.for('marac-hub.health-mail');
type GlobalWithMail = typeof globalThis & { [mailKey]?: { at: number; result: Health['mail'] } };

async function checkMail(deps: HealthDependencies, cached: boolean): Promise<Health['mail']> {
  const mail = deps.mail();
  if (!mail) return { state: 'not_configured' };
  const g = globalThis as GlobalWithMail;
  if (cached && g[mailKey] && Date.now() - g[mailKey].at < MAIL_CHECK_SECONDS * 1000) return g[mailKey].result;
  const checked = await timed(() => deps.verifyMail(mail), deps.timeoutMs);
  const result: Health['mail'] = { state: checked.ok ? 'ok' : 'down', ms: checked.ms };
  if (cached) g[mailKey] = { at: Date.now(), result };
  return result;
}

/**
 * Checks the database (`select 1`), the job queue (pg-boss's queue table, and whether this instance
 * runs the jobs) and, where one is set up, the mail server, at once, each within a few seconds. Tests
 * give it failing dependencies; the route uses the process's own.
 */
export async function checkHealth(given: Partial<HealthDependencies> = {}): Promise<Health> {
  const deps = { ...defaults(given.timeoutMs), ...given };
  const cachedMail = given.verifyMail === undefined && given.mail === undefined;
  const database = timed(async () => {
    const db = await deps.db();
    await db.execute(sql`select 1`);
    return db;
  }, deps.timeoutMs);
  const [db, mail] = await Promise.all([database, checkMail(deps, cachedMail)]);
  const runner = deps.runner();
  let jobs: Health['jobs'];
  if (!db.ok) {
    jobs = { state: 'down', runner };
  } else {
    const queues = await timed(() => queueCounts(db.value), deps.timeoutMs);
    const state = !queues.ok || runner === 'failed' || runner === 'not_started' ? 'down' : runner === 'running' ? 'ok' : runner;
    jobs = { state, runner, ...(queues.ok ? { queues: queues.value } : {}) };
  }
  const status = !db.ok ? 'down' : jobs.state === 'down' || mail.state === 'down' ? 'degraded' : 'ok';
  return { status, database: { state: db.ok ? 'ok' : 'down', ms: db.ms }, jobs, mail };
}
