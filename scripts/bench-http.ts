// `npm run bench:http`: the app measured as a browser meets it. A scratch PostgreSQL database holds the
// demo area grown to a large one (scripts/lib/grow-area.ts); the production build serves it, beside a
// bare Next.js page of the same versions that reads 20 rows (the floor, scripts/lib/floor-app.mjs).
// Signed in as a coordinator, a chair and an agency user, autocannon drives each key page and two server
// actions, each run followed by a run of the floor, and the table gives per page: requests a second,
// latency, errors, the ratio to the floor, CPU per request of the server and of PostgreSQL, statements
// per request, HTML and first-load JavaScript; then each page opened in Chromium, with the requests a
// visit makes and what they cost the server. A measurement: it never fails on a time.
// Needs DATABASE_URL naming a PostgreSQL server. BENCH_HTTP_CASES (default 50000) sizes the area,
// BENCH_HTTP_YEARS (default 6) the years it spans, BENCH_HTTP_DURATION (seconds, default 10) each run,
// BENCH_HTTP_CONNECTIONS (default 20) the connections, BENCH_HTTP_PORT (default 3103) the app's port and
// the next one the floor's, BENCH_HTTP_ONLY (a comma list of page names) the pages to run.
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { closeDb, getDb } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { users } from '@/db/schema';
import { seedDemo } from '@/demo/seed';
import { appRoleUrl, createScratchDatabase, dropScratchDatabase } from '@/test/database.mjs';
import { buildIfStale, root, startServer, waitForHealth } from './lib/build.mjs';
import { buildFloor, startFloor } from './lib/floor-app.mjs';
import { countOf, execute, growArea, table } from './lib/grow-area';
import { cpuMs, rssMb, signIn as signInAt, tree } from './lib/probe';

const env = process.env;
const CASES = Number(env.BENCH_HTTP_CASES ?? 50_000);
const YEARS = Number(env.BENCH_HTTP_YEARS ?? 6);
const DURATION = Number(env.BENCH_HTTP_DURATION ?? 10);
const CONNECTIONS = Number(env.BENCH_HTTP_CONNECTIONS ?? 20);
const PORT = Number(env.BENCH_HTTP_PORT ?? 3103);
const ONLY = env.BENCH_HTTP_ONLY?.split(',').map((s) => s.trim());
const serverUrl = env.DATABASE_URL;
const appUrl = `http://127.0.0.1:${PORT}`;
const floorUrl = `http://127.0.0.1:${PORT + 1}`;

// ---------------------------------------------------------------------------------------------------
// What is cleaned up however the run ends.

const children: ChildProcess[] = [];
const dirs: string[] = [];
let scratch: { name: string; url: string } | undefined;
let monitor: postgres.Sql | undefined;
let cleaned: Promise<void> | undefined;

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function cleanUp(): Promise<void> {
  cleaned ??= (async () => {
    await Promise.all(children.map(stop));
    await monitor?.end().catch(() => {});
    await closeDb().catch(() => {});
    if (serverUrl && scratch) await dropScratchDatabase(serverUrl, scratch.name);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  })();
  return cleaned;
}

process.once('SIGINT', () => {
  console.log('\nStopping: servers, the scratch database and the floor app are removed.');
  cleanUp().finally(() => process.exit(130));
});

// ---------------------------------------------------------------------------------------------------
// The data, and what the pages are driven with.

interface Targets {
  agendaMeetingId: string;
  agendaItems: number;
  agendaStatus: string;
  comingMeetingId: string;
  minutesMeetingId: string;
  caseId: string;
  /** Actions the agency user's agency owns and can still update, with their versions. */
  openActions: { id: string; version: number }[];
  /** The coming meeting's agenda items, with the agency user's research version on each. */
  researchItems: { id: string; version: number }[];
}

const AGENCY_USER = 'police@marac.example';

async function seed(): Promise<Targets> {
  const db = await getDb();
  await migrateDb();
  await seedDemo();
  const [coordinator] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'coordinator@marac.example'));
  console.log(`Growing the demo area to ${CASES.toLocaleString('en-GB')} cases over ${YEARS} years:`);
  await growArea(db, {
    cases: CASES,
    referrals: CASES * 2,
    actionItems: CASES * 5,
    auditEvents: CASES * 30,
    notifications: Math.round(CASES / 10),
    years: YEARS,
    notifiedUserId: coordinator.id,
  });
  const counts = await Promise.all(
    ['cases', 'referrals', 'meetings', 'agenda_items', 'action_items', 'audit_events', 'notifications'].map(async (t) => [t, (await countOf(db, t)).toLocaleString('en-GB')]),
  );
  console.log(`\n${table(['table', 'rows'], counts)}\n`);
  const [sizes] = await execute<{ min: number; max: number; avg: string }>(
    db,
    sql`select min(n)::int as min, max(n)::int as max, round(avg(n), 1)::text as avg from (select count(*) as n from agenda_items group by meeting_id) s`,
  );
  console.log(`Cases a meeting: ${sizes.min} to ${sizes.max}, ${sizes.avg} on average.\n`);

  // The agenda and the run view: the latest meeting nearest 16 cases. The research saves: the coming
  // meeting, the one whose agenda is published (the demo's own, as large as the demo made it).
  const [agenda] = await execute<{ id: string; items: number; status: string }>(
    db,
    sql`select m.id, count(ai.id)::int as items, m.status::text from meetings m join agenda_items ai on ai.meeting_id = m.id
        group by m.id order by abs(count(ai.id) - 16), m.starts_at desc limit 1`,
  );
  const [coming] = await execute<{ id: string }>(db, sql`select id from meetings where status = 'agenda_published' order by starts_at limit 1`);
  // The minutes: the last meeting whose minutes were finalised (the demo's own, written by its verbs).
  const [minutes] = await execute<{ id: string }>(
    db,
    sql`select m.id from meetings m where m.status = 'finalised' and exists (select 1 from minutes_revisions r where r.meeting_id = m.id)
        order by m.starts_at desc limit 1`,
  );
  const [aCase] = await execute<{ id: string }>(db, sql`select case_id as id from agenda_items where meeting_id = ${agenda.id} order by position limit 1`);
  const openActions = await execute<{ id: string; version: number }>(
    db,
    sql`select ai.id, ai.version from action_items ai join users u on u.agency_id = ai.owner_agency_id and u.email = ${AGENCY_USER}
        where ai.status in ('open', 'in_progress') order by ai.due_on desc, ai.id limit 200`,
  );
  const researchItems = await execute<{ id: string; version: number }>(
    db,
    sql`select ai.id, coalesce(r.version, 0)::int as version from agenda_items ai
        left join research r on r.agenda_item_id = ai.id and r.agency_id = (select agency_id from users where email = ${AGENCY_USER})
        where ai.meeting_id = ${coming.id} order by ai.position`,
  );
  await closeDb();
  return { agendaMeetingId: agenda.id, agendaItems: agenda.items, agendaStatus: agenda.status, comingMeetingId: coming.id, minutesMeetingId: minutes.id, caseId: aCase.id, openActions, researchItems };
}

// ---------------------------------------------------------------------------------------------------
// Counters: statements on the wire, CPU of a process tree and of the database's backends, memory.

interface Proxy {
  url: string;
  statements: () => Promise<number>;
}

async function startProxy(databaseUrl: string): Promise<Proxy> {
  const upstream = new URL(databaseUrl);
  const child = fork(path.join(root, 'scripts/lib/pg-count-proxy.mjs'), [upstream.hostname, upstream.port || '5432'], { stdio: 'inherit' });
  children.push(child);
  const { port } = await new Promise<{ port: number }>((resolve) => child.once('message', (m) => resolve(m as { port: number })));
  const url = new URL(databaseUrl);
  url.host = `127.0.0.1:${port}`;
  return {
    url: url.toString(),
    statements: () =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve((m as { statements: number }).statements));
        child.send('count');
      }),
  };
}

/** The backends serving the scratch database: their CPU so far, by pid. */
async function backendCpu(): Promise<Map<number, number>> {
  const rows = await monitor!<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${scratch!.name}`;
  return new Map(rows.map((r) => [r.pid, cpuMs(r.pid)]));
}

/** Backend CPU spent since `before`, from the last reading of each backend; says how many ended before the run did. */
function backendDelta(before: Map<number, number>, last: Map<number, number>, after: Map<number, number>) {
  let ms = 0;
  for (const [pid, t] of last) ms += t - (before.get(pid) ?? 0);
  const ended = [...last.keys()].filter((pid) => !after.has(pid)).length;
  return { ms, lost: ended };
}

// ---------------------------------------------------------------------------------------------------
// Signing in, and a page's weight.

const scriptCache = new Map<string, number>();

/**
 * One response of a page: its status, HTML bytes, and the gzipped bytes of the scripts a browser of
 * today loads (`noModule` scripts, the polyfills for browsers without modules, are not counted).
 */
async function weigh(base: string, pagePath: string, cookie: string) {
  const res = await fetch(`${base}${pagePath}`, { headers: { cookie }, redirect: 'manual' });
  const html = await res.text();
  let js = 0;
  for (const [tag, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)) {
    if (/\snomodule(?:[\s=>])/i.test(tag)) continue;
    const url = new URL(src.replaceAll('&amp;', '&'), base).toString();
    if (!scriptCache.has(url)) scriptCache.set(url, gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length);
    js += scriptCache.get(url)!;
  }
  return { status: res.status, htmlBytes: Buffer.byteLength(html), jsGzip: js };
}

// ---------------------------------------------------------------------------------------------------
// One run of autocannon, with the counters around it.

interface Run {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  refused: number;
  serverCpu: number;
  dbCpu: number;
  lostBackends: number;
  statements: number;
  rssMax: number;
}

interface Drive {
  url: string;
  pid: number;
  proxy: Proxy;
  connections: number;
  request: autocannon.Request;
  cookie: string;
  /** Counts a 2xx answer that says the action was refused (a server action's `ok: false`). */
  refusals?: { n: number };
}

async function drive(d: Drive): Promise<Run> {
  const pids = tree(d.pid);
  const [cpu0, db0, st0] = [pids.reduce((s, p) => s + cpuMs(p), 0), await backendCpu(), await d.proxy.statements()];
  let rssMax = rssMb(pids);
  // Backends are read every half second too, so that one closed mid-run loses at most its last moments.
  const seen = new Map(db0);
  let tick = 0;
  const sampler = setInterval(() => {
    rssMax = Math.max(rssMax, rssMb(tree(d.pid)));
    if (tick++ % 2 === 0) void backendCpu().then((now) => now.forEach((ms, pid) => ms > 0 && seen.set(pid, ms)));
  }, 250);
  if (d.refusals) d.refusals.n = 0;
  const result = await autocannon({
    url: d.url,
    connections: d.connections,
    duration: DURATION,
    timeout: 60,
    headers: { cookie: d.cookie },
    requests: [d.request],
  });
  clearInterval(sampler);
  const pidsAfter = tree(d.pid);
  const [cpu1, db1, st1] = [pidsAfter.reduce((s, p) => s + cpuMs(p), 0), await backendCpu(), await d.proxy.statements()];
  const requests = Math.max(1, result.requests.total);
  db1.forEach((ms, pid) => seen.set(pid, ms));
  const dbDelta = backendDelta(db0, seen, db1);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.non2xx + result.errors + result.timeouts,
    refused: d.refusals?.n ?? 0,
    serverCpu: (cpu1 - cpu0) / requests,
    dbCpu: dbDelta.ms / requests,
    lostBackends: dbDelta.lost,
    statements: (st1 - st0) / requests,
    rssMax,
  };
}

/**
 * A server action posted as the browser posts it: the action's id in `Next-Action`, its one argument
 * as JSON text. Each request takes an item no other request has in flight and sends its current
 * version, read back from the answer, so that saves are not refused as stale.
 */
type Item = { id: string; version: number };

function actionRequest(pagePath: (id: string) => string, actionId: string, items: Item[], body: (item: Item) => unknown, refusals: { n: number }): autocannon.Request {
  const free = [...items];
  return {
    method: 'POST',
    setupRequest: (req, context) => {
      const item = free.shift()!;
      (context as { item?: Item }).item = item;
      return {
        ...req,
        path: pagePath(item.id),
        headers: { ...req.headers, 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: appUrl },
        body: JSON.stringify([body(item)]),
      };
    },
    onResponse: (status, resBody, context) => {
      const item = (context as { item: Item }).item;
      const version = /"ok":true,"data":\{"version":(\d+)\}/.exec(resBody)?.[1];
      if (version) item.version = Number(version);
      else if (status < 300) refusals.n++;
      free.push(item);
    },
  };
}

/** The id of a server action, by its exported name, from the build's manifest. */
function actionIdOf(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName);
  if (!found) throw new Error(`server action ${exportedName} not found in the build's manifest`);
  return found[0];
}

// ---------------------------------------------------------------------------------------------------
// A page as Chromium opens it: every request the visit makes (scripts and styles, and any prefetch of
// the links in view), and what they cost the server and PostgreSQL.

const BROWSER_VISITS = 5;
const chromiumPath = env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Visit {
  requests: number;
  prefetches: number;
  serverCpu: number;
  statements: number;
}

async function browserVisits(pid: number, proxy: Proxy, pages: { name: string; cookie: string; path: string }[]): Promise<string[][]> {
  const browser = await chromium.launch({ executablePath: chromiumPath });
  const rows: string[][] = [];
  try {
    for (const p of pages) {
      const context = await browser.newContext();
      await context.addCookies(
        p.cookie.split('; ').map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), url: appUrl })),
      );
      const page = await context.newPage();
      const seen: string[] = [];
      page.on('request', (r) => seen.push(r.url()));
      const visits: Visit[] = [];
      // The first visit fetches the scripts the browser then keeps; the median of the later ones is shown.
      for (let i = 0; i <= BROWSER_VISITS; i++) {
        seen.length = 0;
        const [cpu0, st0] = [tree(pid).reduce((sum, q) => sum + cpuMs(q), 0), await proxy.statements()];
        await page.goto(`${appUrl}${p.path}`, { waitUntil: 'networkidle' });
        const [cpu1, st1] = [tree(pid).reduce((sum, q) => sum + cpuMs(q), 0), await proxy.statements()];
        if (i > 0) visits.push({ requests: seen.length, prefetches: seen.filter((u) => u.includes('_rsc=')).length, serverCpu: cpu1 - cpu0, statements: st1 - st0 });
      }
      await context.close();
      const median = (pick: (v: Visit) => number) => [...visits.map(pick)].sort((x, y) => x - y)[Math.floor(visits.length / 2)];
      rows.push([p.name, String(median((v) => v.requests)), String(median((v) => v.prefetches)), median((v) => v.serverCpu).toFixed(0), String(median((v) => v.statements))]);
    }
  } finally {
    await browser.close();
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  if (!serverUrl) throw new Error('bench:http needs DATABASE_URL naming a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres');
  if (!(CASES > 0 && YEARS > 0 && DURATION > 0 && CONNECTIONS > 0)) throw new Error('BENCH_HTTP_CASES, _YEARS, _DURATION and _CONNECTIONS must be numbers above 0');
  scratch = await createScratchDatabase(serverUrl, 'marac_bench_http');
  console.log(`Scratch database ${scratch.name}, dropped at the end.`);
  process.env.DATABASE_URL = scratch.url;
  // The seed sets up the demo people's authenticator apps, whose keys are encrypted with the server's secret.
  process.env.NEXTAUTH_SECRET = randomBytes(32).toString('base64url');
  const t = await seed();
  monitor = postgres(serverUrl, { max: 1, onnotice: () => {} });

  const appEnv = { ...env, DATABASE_URL: scratch.url, MARAC_DEMO: '1', MARAC_JOBS: 'off', NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET, NEXTAUTH_URL: appUrl };
  buildIfStale(appEnv);
  const floorDir = buildFloor();
  dirs.push(floorDir);

  // The app signs in as the app role, as in production (README); the floor as the owner, which it reads as.
  const [appProxy, floorProxy] = [await startProxy(appRoleUrl(scratch.url)), await startProxy(scratch.url)];
  const app = startServer(PORT, { ...appEnv, DATABASE_URL: appProxy.url }, ['ignore', 'ignore', 'inherit']);
  children.push(app);
  const floor = startFloor(floorDir, PORT + 1, floorProxy.url);
  children.push(floor);
  await Promise.all([waitForHealth(appUrl), waitForHealth(floorUrl)]);

  const as = {
    coordinator: await signInAt(appUrl, 'coordinator@marac.example'),
    chair: await signInAt(appUrl, 'chair@marac.example'),
    agency: await signInAt(appUrl, AGENCY_USER),
  };
  const refusals = { n: 0 };
  const updateAction = actionRequest(
    (id) => `/action-items/${id}`,
    actionIdOf('updateActionItemAction'),
    t.openActions,
    (item) => ({ actionItemId: item.id, version: item.version, status: 'in_progress', note: 'Visit booked for Tuesday' }),
    refusals,
  );
  const saveResearch = actionRequest(
    (id) => `/meetings/${t.comingMeetingId}/research/${id}`,
    actionIdOf('saveResearchAction'),
    t.researchItems,
    (item) => ({ agendaItemId: item.id, version: item.version, noTrace: 'no', facts: 'Two call-outs this year; the last one in March.', opinion: '', risks: '', withheld: '' }),
    refusals,
  );

  const m = t.agendaMeetingId;
  const pages: { name: string; who: keyof typeof as; path: string; request?: autocannon.Request; pool?: number }[] = [
    // The lightest signed-in page: the session check, the layout, one audited read (the user and their
    // sessions) and a few lines. What every page here costs at least, to read the others against.
    { name: 'account (the lightest)', who: 'coordinator', path: '/account' },
    { name: 'home (coordinator)', who: 'coordinator', path: '/' },
    { name: 'screening', who: 'coordinator', path: '/screening' },
    { name: 'cases', who: 'coordinator', path: '/cases' },
    { name: 'a case', who: 'coordinator', path: `/cases/${t.caseId}` },
    { name: `agenda (${t.agendaItems} cases, ${t.agendaStatus})`, who: 'coordinator', path: `/meetings/${m}` },
    { name: 'run view (chair)', who: 'chair', path: `/meetings/${m}/run` },
    { name: 'minutes', who: 'coordinator', path: `/meetings/${t.minutesMeetingId}/minutes` },
    { name: 'action board', who: 'coordinator', path: '/action-items' },
    { name: 'my actions (agency)', who: 'agency', path: '/action-items?board=mine' },
    { name: 'audit log', who: 'coordinator', path: '/audit' },
    { name: 'notifications', who: 'coordinator', path: '/notifications' },
    { name: 'POST update an action', who: 'agency', path: `/action-items/${t.openActions[0].id}`, request: updateAction, pool: t.openActions.length },
    { name: 'POST save research', who: 'agency', path: `/meetings/${t.comingMeetingId}/research/${t.researchItems[0].id}`, request: saveResearch, pool: t.researchItems.length },
  ];

  console.log(`\n${CONNECTIONS} connections, ${DURATION} s a run; each page's run is followed by a run of the floor.\n`);
  const rows: string[][] = [];
  let rssMax = 0;
  for (const p of pages) {
    if (ONLY && !ONLY.some((o) => p.name.includes(o))) continue;
    const cookie = as[p.who];
    const weight = await weigh(appUrl, p.path, cookie);
    await weigh(appUrl, p.path, cookie); // a second warm-up request
    const connections = Math.min(CONNECTIONS, p.pool ?? CONNECTIONS);
    const run = await drive({ url: appUrl, pid: app.pid!, proxy: appProxy, connections, request: p.request ?? { method: 'GET', path: p.path }, cookie, refusals });
    const floorRun = await drive({ url: floorUrl, pid: floor.pid!, proxy: floorProxy, connections, request: { method: 'GET', path: '/' }, cookie: '' });
    rssMax = Math.max(rssMax, run.rssMax);
    const errors = `${run.errors}${run.refused ? ` +${run.refused} refused` : ''}`;
    rows.push([
      `${p.name}${connections !== CONNECTIONS ? ` [${connections} conn]` : ''}`,
      run.rps.toFixed(1),
      run.p50.toFixed(0),
      run.p99.toFixed(0),
      errors,
      floorRun.rps.toFixed(0),
      (run.rps / floorRun.rps).toFixed(2),
      run.serverCpu.toFixed(1),
      run.dbCpu.toFixed(1),
      run.statements.toFixed(1),
      p.request ? '-' : (weight.htmlBytes / 1024).toFixed(0),
      p.request ? '-' : (weight.jsGzip / 1024).toFixed(0),
      run.rssMax.toFixed(0),
    ]);
    console.log(`  ${p.name}: ${run.rps.toFixed(1)} req/s (floor ${floorRun.rps.toFixed(0)}), ${run.requests} requests, status of one: ${weight.status}${run.lostBackends ? `, ${run.lostBackends} backends ended mid-run (their CPU read until the last half second)` : ''}`);
  }
  const floorWeight = await weigh(floorUrl, '/', '');
  console.log(
    `\n${table(['page', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'floor req/s', 'ratio', 'server CPU ms/req', 'db CPU ms/req', 'statements/req', 'HTML kB', 'JS kB gz', 'RSS MB'], rows)}`,
  );
  console.log(`\nThe floor: ${(floorWeight.htmlBytes / 1024).toFixed(1)} kB of HTML, ${(floorWeight.jsGzip / 1024).toFixed(0)} kB of JS gzipped. The app's server RSS at most ${rssMax.toFixed(0)} MB.`);
  if (existsSync(chromiumPath)) {
    const visited = pages.filter((p) => !p.request && (!ONLY || ONLY.some((o) => p.name.includes(o))));
    const visitRows = await browserVisits(app.pid!, appProxy, visited.map((p) => ({ name: p.name, cookie: as[p.who], path: p.path })));
    console.log(`\nEach page opened in Chromium ${BROWSER_VISITS + 1} times, one at a time; the median of all but the first (which fetches the scripts):\n`);
    console.log(table(['page', 'requests', 'of them prefetches', 'server CPU ms', 'statements'], visitRows));
  } else {
    console.log(`\nChromium not found at ${chromiumPath}: no browser visits (apt-get install -y chromium, or set CHROMIUM_PATH).`);
  }
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
