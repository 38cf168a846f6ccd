// Measures the product's lists on a large area: a throw-away database (a scratch database on the server
// DATABASE_URL names, or PGlite in memory), the demo area grown in SQL (scripts/lib/grow-area.ts), then each list verb of lib/
// timed as a real user calls it (audit event included). A measurement, not a test: it never fails on a
// time. Run with `npm run bench`; BENCH_SCALE (default 1) sizes the data, BENCH_RUNS (default 20) the runs.
// Each list is measured twice, as the app runs it and with row-level security off (decision 0022).
// Then one case's incident log of 2,000 entries and 500 files (scripts/lib/grow-log.ts): its pages, its
// figures, the MARAC summary line of an agenda's cases, and its export, the PDF rendered in a process of
// its own (scripts/lib/render-log-pdf.ts).
// The MARAC dataset of the last quarter is timed with the lists; `BENCH_PART=dataset` runs it alone, on
// an area of 20,000 cases and 1,000,000 audit events (scaled by BENCH_SCALE too), as issue 16 asks.
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { eq, sql } from 'drizzle-orm';
import { closeDb, getDb, getPglite } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { users } from '@/db/schema';
import { seedDemo } from '@/demo/seed';
import { listActionItems } from '@/lib/action-items/list';
import { listEscalations } from '@/lib/action-items/escalation';
import { actionBoardQuerySchema } from '@/lib/action-items/schemas';
import { getCaseAccessLog } from '@/lib/audit/case-log';
import { listAuditEvents } from '@/lib/audit/list';
import { auditFilterSchema } from '@/lib/audit/schemas';
import { recordAudit } from '@/lib/audit/record';
import { verifyAuditChain } from '@/lib/audit/chain';
import { getUserActivity } from '@/lib/audit/user-activity';
import type { Viewer } from '@/lib/auth/viewer-type';
import { withViewer } from '@/lib/auth/with-viewer';
import { listCases, type CaseListQuery } from '@/lib/cases/list';
import { getDashboard } from '@/lib/dashboard/get';
import { getDataset } from '@/lib/dataset/get';
import { lastQuarter, quarterKey } from '@/lib/dataset/period';
import { todayInUk } from '@/db/clock';
import { exportIncidentLog, logCsv } from '@/lib/incidents/export';
import { listIncidents } from '@/lib/incidents/log';
import { getConductPattern } from '@/lib/incidents/pattern';
import { getConductSummaries } from '@/lib/stalking/summary';
import { listNotifications } from '@/lib/notifications/list';
import { listAgencyReferrals, listScreeningQueue, type ReferralListQuery } from '@/lib/referrals/list';
import { listUsers } from '@/lib/users/list';
import { signedIn } from '@/test/factories';
import { createScratchDatabase, dropScratchDatabase } from '@/test/database.mjs';
import { countOf, execute, growArea, table } from './lib/grow-area';
import { growLog } from './lib/grow-log';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const runs = Number(process.env.BENCH_RUNS ?? 20);
const WARM_UP = 3;
const PAGE = 25;

/** The size of a large area's data at BENCH_SCALE=1. */
const targets = { cases: 10_000, referrals: 20_000, actionItems: 50_000, auditEvents: 300_000, notifications: 5_000 };
/** One case's incident log (not scaled: the size the issue asks about), and the cases of an agenda. */
const logTargets = { incidents: 2_000, files: 500, agendaCases: 25 };
/** Runs of the PDF of the whole log, each some seconds. */
const PDF_RUNS = 3;
const target = (n: number) => Math.max(1, Math.round(n * scale));
/** `BENCH_PART=dataset`: the MARAC dataset alone, on the size issue 16 names. */
const part = process.env.BENCH_PART ?? 'all';
const datasetTargets = { cases: 20_000, referrals: 40_000, actionItems: 100_000, auditEvents: 1_000_000, notifications: 5_000 };
/** The last whole quarter's dataset, as the coordinator opens it (the verb: policy, counting, audit event). */
const datasetOfLastQuarter = (coordinator: Viewer): Measured => ({
  name: `dataset: the last quarter (${quarterKey(lastQuarter(todayInUk()))})`,
  run: () => getDataset(coordinator, { kind: 'quarter', quarter: quarterKey(lastQuarter(todayInUk())) }).then((d) => ({ rows: d.figures.casesDiscussed, total: d.figures.meetings })),
});

// ---------------------------------------------------------------------------------------------------
// The measurements.

interface Measured {
  name: string;
  /** Calls the verb once; says how many rows it returned and, for a paged list, how many match. */
  run: () => Promise<{ rows: number; total?: number }>;
}

const paged = (p: Promise<{ rows: unknown[]; total: number }>) => p.then((r) => ({ rows: r.rows.length, total: r.total }));

function benchmarks(as: Record<'coordinator' | 'police' | 'admin', Viewer>, busiest: { id: string; number: string }): Measured[] {
  const actions = (board: 'mine' | 'all', viewer: Viewer, q: Record<string, string> = {}) => () =>
    paged(listActionItems(viewer, board, actionBoardQuerySchema.parse(q)));
  const screening = (q: Partial<ReferralListQuery>) => () =>
    paged(listScreeningQueue(as.coordinator, { page: 1, pageSize: PAGE, sort: 'submitted', direction: 'asc', ...q }));
  const caseList = (viewer: Viewer, q: Partial<CaseListQuery> = {}) => () =>
    paged(listCases(viewer, { page: 1, pageSize: PAGE, sort: 'number', direction: 'desc', ...q }));
  const audit = (q: Record<string, string> = {}) => () => paged(listAuditEvents(as.admin, auditFilterSchema.parse(q)));
  return [
    // What every verb pays before its own queries: the transaction, the session check, one audit event.
    { name: 'floor: session check + audit event', run: () => withViewer(as.coordinator, (tx, me) => recordAudit(tx, me, { action: 'bench.floor', resourceType: 'bench' })).then(() => ({ rows: 0 })) },
    datasetOfLastQuarter(as.coordinator),
    { name: 'actions, all: by due date, page 1', run: actions('all', as.coordinator) },
    { name: 'actions, all: by due date, page 200', run: actions('all', as.coordinator, { page: '200' }) },
    { name: 'actions, all: by case', run: actions('all', as.coordinator, { sort: 'case' }) },
    { name: 'actions, all: by agency', run: actions('all', as.coordinator, { sort: 'agency' }) },
    { name: 'actions, all: overdue only', run: actions('all', as.coordinator, { overdue: 'yes' }) },
    { name: 'actions, all: open, police', run: actions('all', as.coordinator, { status: 'open', agency: as.police.agencyId }) },
    { name: 'actions, mine (police)', run: actions('mine', as.police) },
    { name: 'screening queue: submitted', run: screening({ status: 'submitted' }) },
    { name: 'screening queue: all, by score', run: screening({ sort: 'score', direction: 'desc' }) },
    { name: 'agency referrals (police)', run: () => paged(listAgencyReferrals(as.police, { page: 1, pageSize: PAGE, sort: 'updated', direction: 'desc' })) },
    { name: 'cases (coordinator)', run: caseList(as.coordinator) },
    { name: 'cases (coordinator): by victim', run: caseList(as.coordinator, { sort: 'victim', direction: 'asc' }) },
    { name: 'cases (coordinator): search', run: caseList(as.coordinator, { search: 'Whitlock' }) },
    { name: 'cases (police)', run: caseList(as.police) },
    { name: 'audit log (admin)', run: audit() },
    { name: 'audit log: one user', run: audit({ user: as.coordinator.userId }) },
    { name: 'audit log: one action', run: audit({ action: 'case.view' }) },
    { name: 'audit log: one case, by number', run: audit({ case: busiest.number }) },
    { name: 'who has seen a case (the busiest)', run: () => paged(getCaseAccessLog(as.coordinator, busiest.id, {})) },
    { name: 'who has seen a case: one agency', run: () => paged(getCaseAccessLog(as.coordinator, busiest.id, { agency: as.police.agencyId })) },
    {
      name: 'everything a user touched (coordinator)',
      run: () => getUserActivity(as.admin, as.coordinator.userId, {}).then((a) => ({ rows: a.cases.length, total: a.casesTotal })),
    },
    { name: 'users (admin)', run: () => paged(listUsers(as.admin, { page: 1, pageSize: PAGE, sort: 'name', direction: 'asc' })) },
    { name: 'notifications, page 1', run: () => paged(listNotifications(as.coordinator, {})) },
    { name: 'notifications, page 100', run: () => paged(listNotifications(as.coordinator, { page: 100 })) },
    { name: 'dashboard (coordinator)', run: () => getDashboard(as.coordinator).then((d) => ({ rows: d.actionStats?.length ?? 0 })) },
    { name: 'escalation list', run: () => listEscalations(as.coordinator).then((rows) => ({ rows: rows.length, total: rows.length })) },
  ];
}

/** The incident log of one case, grown to 2,000 entries: the log's pages, the figures, the summary line of an agenda's cases, the export. */
function logBenchmarks(viewer: Viewer, caseId: string, agendaCaseIds: string[]): Measured[] {
  const log = (page: number) => () => listIncidents(viewer, { caseId, page }).then((l) => ({ rows: l.entries.length, total: l.total }));
  return [
    { name: 'incident log (2,000): page 1', run: log(1) },
    { name: 'incident log (2,000): page 40, the last', run: log(40) },
    { name: 'course of conduct: figures and chart data', run: () => getConductPattern(viewer, { caseId }).then((p) => ({ rows: p.weeks.length, total: p.standing })) },
    { name: 'course of conduct page: figures + timeline page', run: () => Promise.all([getConductPattern(viewer, { caseId }), listIncidents(viewer, { caseId })]).then(([, l]) => ({ rows: l.entries.length, total: l.total })) },
    {
      name: `summary line: ${agendaCaseIds.length} cases of an agenda`,
      run: () => getConductSummaries(viewer, agendaCaseIds).then((m) => ({ rows: m.size, total: agendaCaseIds.length })),
    },
    { name: 'export: the whole log read (verb)', run: () => exportIncidentLog(viewer, { caseId, format: 'pdf' }).then((l) => ({ rows: l.entries.length })) },
    { name: 'export: the whole log as CSV', run: () => exportIncidentLog(viewer, { caseId, format: 'csv' }).then((l) => ({ rows: logCsv(l).length > 0 ? l.entries.length : 0 })) },
  ];
}

/** The PDF of the whole log, rendered PDF_RUNS times in a process of its own. */
function measurePdf(log: unknown) {
  const child = spawnSync('npx', ['tsx', 'scripts/lib/render-log-pdf.ts', String(PDF_RUNS)], { input: JSON.stringify(log), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`rendering the PDF failed: ${child.stderr}`);
  const { times, bytes } = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { times: number[]; bytes: number };
  times.sort((x, y) => x - y);
  return { median: times[Math.floor(times.length / 2)], max: times[times.length - 1], bytes };
}

async function measure(b: Measured) {
  let last: { rows: number; total?: number } = { rows: 0 };
  for (let i = 0; i < WARM_UP; i++) last = await b.run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    last = await b.run();
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { name: b.name, median: at(0.5), p95: at(0.95), max: times[times.length - 1], rows: last.total === undefined ? `${last.rows}` : `${last.rows}/${last.total}` };
}

// ---------------------------------------------------------------------------------------------------

/** The tables with row-level security on (every one the wall covers). */
async function tablesWithPolicies(db: Awaited<ReturnType<typeof getDb>>): Promise<string[]> {
  const rows = await execute<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relrowsecurity`,
  );
  return rows.map((r) => r.name);
}

async function main() {
  // The demo's seed sets up authenticator apps, whose keys are encrypted with a secret: any will do here.
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString('base64url');
  const db = await getDb();
  await migrateDb();
  await seedDemo();
  const demoUser = async (email: string) => {
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (!user) throw new Error(`demo user ${email} not found`);
    return user.id;
  };
  const coordinatorId = await demoUser('coordinator@marac.example');
  if (part === 'dataset') return datasetOnly(db, coordinatorId);

  console.log(`Scaling the demo area up (BENCH_SCALE=${scale}):`);
  await growArea(db, {
    cases: target(targets.cases),
    referrals: target(targets.referrals),
    actionItems: target(targets.actionItems),
    auditEvents: target(targets.auditEvents),
    notifications: target(targets.notifications),
    years: 2,
    notifiedUserId: coordinatorId,
  });

  const pglite = await getPglite();
  const [{ version }] = await execute<{ version: string }>(db, sql`select current_setting('server_version') as version`);
  console.log(`\nDatabase: ${pglite ? `PGlite (PostgreSQL ${version}), in memory` : `PostgreSQL ${version}`}`);
  const tables = ['cases', 'referrals', 'meetings', 'agenda_items', 'action_items', 'audit_events', 'notifications', 'users', 'agencies'];
  const sizes = await Promise.all(tables.map(async (t) => [t, (await countOf(db, t)).toLocaleString('en-GB')]));
  console.log(`${table(['table', 'rows'], sizes)}\n`);

  const as = {
    coordinator: await signedIn(coordinatorId),
    police: await signedIn(await demoUser('police@marac.example')),
    admin: await signedIn(await demoUser('admin@marac.example')),
  };
  console.log(`${WARM_UP} warm-up runs, then ${runs} timed runs of each list:\n`);
  const results = [];
  // The case with the most events about it: the longest "who has seen this case".
  const [busiest] = await execute<{ id: string; number: string }>(
    db,
    sql`select c.id, c.number from cases c join audit_events e on e.case_id = c.id group by c.id, c.number order by count(*) desc limit 1`,
  );
  // What the row-level security policies cost (decision 0022): each list measured as the app runs it, then
  // at once with the policies off (as the owner, on this scratch database only), so both share the machine's moment.
  const wall = await tablesWithPolicies(db);
  const rowSecurity = async (on: boolean) => {
    for (const t of wall) await db.execute(sql.raw(`alter table "${t}" ${on ? 'enable' : 'disable'} row level security`));
  };
  for (const b of benchmarks(as, busiest)) {
    const r = await measure(b);
    await rowSecurity(false);
    const off = await measure(b);
    await rowSecurity(true);
    results.push([r.name, r.median.toFixed(1), r.p95.toFixed(1), r.max.toFixed(1), r.rows, off.median.toFixed(1), `${(r.median / off.median).toFixed(2)}`]);
    console.log(`  ${r.name}: ${r.median.toFixed(1)} ms (without row-level security ${off.median.toFixed(1)} ms)`);
  }
  console.log(`\n${table(['list', 'median ms', 'p95 ms', 'max ms', 'rows/total', 'no RLS ms', 'ratio'], results)}`);

  // What the hash chain costs each audited request (decision 0018): the same event inserted, in a
  // transaction of its own, into audit_events (chained by its trigger) and into a copy of the table with
  // the same columns and indexes but no trigger; then the whole log checked once.
  await execute(db, sql`create table bench_audit_unchained (like audit_events including all)`);
  const event = (i: number) => sql`(${as.coordinator.userId}, ${as.coordinator.agencyId}, ${as.coordinator.areaId}, 'coordinator', 'bench.chain', 'bench', ${String(i)}, 'allowed', ${as.coordinator.requestId})`;
  const columns = sql.raw('(user_id, agency_id, area_id, role, action, resource_type, resource_id, outcome, request_id)');
  let n = 0;
  const chainCost: Measured[] = [
    { name: 'audit insert, chained (own transaction)', run: () => db.transaction((tx) => tx.execute(sql`insert into audit_events ${columns} values ${event(n++)}`)).then(() => ({ rows: 1 })) },
    { name: 'audit insert, unchained copy (own transaction)', run: () => db.transaction((tx) => tx.execute(sql`insert into bench_audit_unchained ${columns} values ${event(n++)}`)).then(() => ({ rows: 1 })) },
  ];
  const chainResults = [];
  const medians: number[] = [];
  for (const b of chainCost) {
    const r = await measure(b);
    medians.push(r.median);
    chainResults.push([r.name, r.median.toFixed(2), r.p95.toFixed(2), r.max.toFixed(2), r.rows]);
  }
  const floor = results.find((r) => r[0] === 'floor: session check + audit event');
  const typical = results.find((r) => r[0] === 'cases (coordinator)');
  const extra = medians[0] - medians[1];
  console.log(`
${table(['audit chain', 'median ms', 'p95 ms', 'max ms', 'rows'], chainResults)}`);
  console.log(
    `The chain adds ${extra.toFixed(2)} ms to each audited insert: ${floor ? `${((100 * extra) / Number(floor[1])).toFixed(1)} % of the lightest verb (${floor[1]} ms)` : ''}` +
      `${typical ? `, ${((100 * extra) / Number(typical[1])).toFixed(1)} % of a typical list (cases, ${typical[1]} ms)` : ''}.`,
  );
  const verifyStarted = performance.now();
  const report = await verifyAuditChain(db);
  const verifyMs = performance.now() - verifyStarted;
  console.log(`npm run audit:verify's check of the whole log: ${report.events.toLocaleString('en-GB')} events in ${report.areas.length} chains, ${report.ok ? 'OK' : 'BROKEN'}, in ${(verifyMs / 1000).toFixed(1)} s (${Math.round(report.events / (verifyMs / 1000)).toLocaleString('en-GB')} events a second).`);

  // One case's incident log, grown to 2,000 entries and 500 files.
  const [quiet] = await execute<{ id: string }>(
    db,
    sql`select c.id from cases c join users u on u.id = ${coordinatorId} join agencies a on a.id = u.agency_id
      where c.area_id = a.area_id and not exists (select 1 from incidents i where i.case_id = c.id) order by c.number limit 1`,
  );
  const started = performance.now();
  await growLog(db, { caseId: quiet.id, userId: coordinatorId, incidents: logTargets.incidents, files: logTargets.files });
  console.log(`\nOne case's incident log grown to ${logTargets.incidents.toLocaleString('en-GB')} entries and ${logTargets.files} files (${((performance.now() - started) / 1000).toFixed(1)} s).`);
  const others = await execute<{ id: string }>(db, sql`select id from cases where area_id = (select area_id from cases where id = ${quiet.id}) and id <> ${quiet.id} order by number desc limit ${logTargets.agendaCases - 1}`);
  const logResults = [];
  for (const b of logBenchmarks(as.coordinator, quiet.id, [quiet.id, ...others.map((o) => o.id)])) {
    const r = await measure(b);
    logResults.push([r.name, r.median.toFixed(1), r.p95.toFixed(1), r.max.toFixed(1), r.rows]);
    console.log(`  ${r.name}: ${r.median.toFixed(1)} ms`);
  }
  const pdf = measurePdf(await exportIncidentLog(as.coordinator, { caseId: quiet.id, format: 'pdf' }));
  logResults.push([`export: PDF of the whole log, rendered (${PDF_RUNS} runs)`, pdf.median.toFixed(1), '', pdf.max.toFixed(1), `${(pdf.bytes / 1024).toFixed(0)} KB`]);
  console.log(`\n${table(['incident log', 'median ms', 'p95 ms', 'max ms', 'rows/total'], logResults)}`);
}

/** The MARAC dataset alone, on an area of 20,000 cases and a million audit events (times BENCH_SCALE). */
async function datasetOnly(db: Awaited<ReturnType<typeof getDb>>, coordinatorId: string) {
  console.log(`Scaling the demo area up for the dataset (BENCH_SCALE=${scale}):`);
  await growArea(db, {
    cases: target(datasetTargets.cases),
    referrals: target(datasetTargets.referrals),
    actionItems: target(datasetTargets.actionItems),
    auditEvents: target(datasetTargets.auditEvents),
    notifications: target(datasetTargets.notifications),
    years: 2,
    notifiedUserId: coordinatorId,
  });
  const pglite = await getPglite();
  const [{ version }] = await execute<{ version: string }>(db, sql`select current_setting('server_version') as version`);
  console.log(`\nDatabase: ${pglite ? `PGlite (PostgreSQL ${version}), in memory` : `PostgreSQL ${version}`}`);
  const tables = ['cases', 'referrals', 'meetings', 'agenda_items', 'action_items', 'audit_events', 'research', 'agencies'];
  const sizes = await Promise.all(tables.map(async (t) => [t, (await countOf(db, t)).toLocaleString('en-GB')]));
  console.log(`${table(['table', 'rows'], sizes)}\n`);
  const coordinator = await signedIn(coordinatorId);
  const r = await measure(datasetOfLastQuarter(coordinator));
  console.log(`${WARM_UP} warm-up runs, then ${runs} timed runs:\n`);
  console.log(table(['dataset', 'median ms', 'p95 ms', 'max ms', 'cases/meetings'], [[r.name, r.median.toFixed(1), r.p95.toFixed(1), r.max.toFixed(1), String(r.rows)]]));
}

// The scratch database, when DATABASE_URL names a server; dropped however the run ends.
const serverUrl = process.env.DATABASE_URL;
let scratch: { name: string; url: string } | undefined;
let cleaned: Promise<void> | undefined;

function cleanUp(): Promise<void> {
  cleaned ??= (async () => {
    await closeDb().catch((err) => console.error(err));
    if (serverUrl && scratch) await dropScratchDatabase(serverUrl, scratch.name);
  })();
  return cleaned;
}

process.once('SIGINT', () => {
  cleanUp().finally(() => process.exit(130));
});

async function run() {
  if (!(scale > 0) || !Number.isInteger(runs) || runs < 1) throw new Error('BENCH_SCALE must be a number above 0 and BENCH_RUNS a whole number above 0');
  if (serverUrl) {
    scratch = await createScratchDatabase(serverUrl, 'marac_bench');
    process.env.DATABASE_URL = scratch.url;
    console.log(`Scratch database ${scratch.name}, dropped at the end.`);
  } else {
    process.env.PGLITE_DATA_DIR = 'memory://';
  }
  try {
    await main();
  } finally {
    await cleanUp();
  }
}

run().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
