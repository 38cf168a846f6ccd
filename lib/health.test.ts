import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import type { MailSettings } from '@/lib/settings';
import { smtpServerForTests } from '@/test/smtp';
import { checkHealth } from './health';
import { appInfo } from './info';
import { GET as ping } from '@/app/api/ping/route';
import { GET as info } from '@/app/api/info/route';

const failingDb = async (): Promise<Db> => {
  throw Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432 password=secret'), { code: 'ECONNREFUSED' });
};
const hangingDb = () => new Promise<Db>(() => {});
const mail = (port: number): MailSettings => ({ host: '127.0.0.1', port, secure: false, user: null, password: null, from: 'x@test.example' });

describe('/api/health', () => {
  const smtp = smtpServerForTests();
  // pg-boss's tables, as a job runner of this or another instance makes them.
  let stopRunner = async () => {};
  beforeAll(async () => {
    const { startJobRunner } = await import('@/lib/jobs/runner');
    stopRunner = (await startJobRunner({ pollingIntervalSeconds: 60 })).stop;
  });
  afterAll(() => stopRunner());

  it('reports each dependency up: the database, the job queue of a running runner, the mail server', async () => {
    const health = await checkHealth({ runner: () => 'running', mail: () => mail(smtp().port) });
    expect(health).toMatchObject({ status: 'ok', database: { state: 'ok' }, jobs: { state: 'ok', runner: 'running' }, mail: { state: 'ok' } });
    expect(health.database.ms).toBeGreaterThanOrEqual(0);
  });

  it('is down (the route answers 503) when the database is down, saying nothing of why', async () => {
    const health = await checkHealth({ db: failingDb, runner: () => 'running', mail: () => null });
    expect(health).toMatchObject({ status: 'down', database: { state: 'down' }, jobs: { state: 'down' }, mail: { state: 'not_configured' } });
    expect(JSON.stringify(health)).not.toMatch(/ECONNREFUSED|10\.0\.0\.5|secret|password/);
    const timedOut = await checkHealth({ db: hangingDb, runner: () => 'running', mail: () => null, timeoutMs: 200 });
    expect(timedOut.status).toBe('down');
  });

  it('is degraded, not down, when the mail server or the job runner is down', async () => {
    // A port nothing listens on: the connection is refused within the check's time.
    const noMail = await checkHealth({ runner: () => 'running', mail: () => mail(1), timeoutMs: 2000 });
    expect(noMail).toMatchObject({ status: 'degraded', database: { state: 'ok' }, mail: { state: 'down' } });
    expect(JSON.stringify(noMail)).not.toContain('127.0.0.1');
    const failedJobs = await checkHealth({ runner: () => 'failed', mail: () => null });
    expect(failedJobs).toMatchObject({ status: 'degraded', jobs: { state: 'down', runner: 'failed' } });
    // Another instance runs the jobs (MARAC_JOBS=off): not a fault.
    expect(await checkHealth({ runner: () => 'off', mail: () => null })).toMatchObject({ status: 'ok', jobs: { state: 'off' } });
  });

  it('reads the job queues’ counts from pg-boss', async () => {
    const db = await getDb();
    const health = await checkHealth({ db: async () => db, runner: () => 'running', mail: () => null });
    expect(health.jobs.state).toBe('ok');
    expect(health.jobs.queues?.map((q) => q.name)).toEqual(['action-reminders', 'audit-chain', 'deliver-emails', 'preservation-deadlines', 'research-requests', 'sign-in-counters']);
    expect(health.jobs.queues?.[0]).toEqual({ name: 'action-reminders', queued: expect.any(Number), active: expect.any(Number), failed: expect.any(Number) });
  });

  it('says the job queue is down when pg-boss’s tables do not answer', async () => {
    const db = await getDb();
    const noQueue = { execute: (q: unknown) => (JSON.stringify(q).includes('pgboss') ? Promise.reject(new Error('relation does not exist')) : db.execute(q as never)) } as unknown as Db;
    expect(await checkHealth({ db: async () => noQueue, runner: () => 'running', mail: () => null })).toMatchObject({ status: 'degraded', jobs: { state: 'down' } });
  });
});

describe('/api/info and /api/ping', () => {
  it('info: the version from package.json and the commit it was built from', async () => {
    expect(appInfo({})).toEqual({ name: 'marac-hub', version: '0.1.0', commit: null });
    expect(appInfo({ MARAC_BUILD_COMMIT: 'a'.repeat(40) }).commit).toBe('a'.repeat(40));
    expect(appInfo({ MARAC_BUILD_COMMIT: 'a'.repeat(40), MARAC_COMMIT: 'b'.repeat(12) }).commit).toBe('b'.repeat(12));
    // Only a commit id is ever echoed.
    expect(appInfo({ MARAC_COMMIT: '<script>' }).commit).toBeNull();
    const res = info();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'marac-hub', version: '0.1.0' });
  });

  it('ping: answers with nothing touched', async () => {
    const res = ping();
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('pong');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
