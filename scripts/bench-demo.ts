// `npm run bench:demo`: the embedded demo (PGlite) as a new user meets it. It makes the demo's data in a
// fresh PGlite directory, builds if stale, starts `next start` from cold, and times: the start until the
// server answers, signing in, and the first request of each key page against the median of the next
// five; then a short load on the home page (autocannon, BENCH_DEMO_CONNECTIONS connections for
// BENCH_DEMO_DURATION seconds), and the server's largest resident memory (RSS) over the whole run. A
// measurement: it never fails on a time. BENCH_DEMO_PORT (default 3107) is the port it serves on.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildIfStale, runDb, startServer, waitForHealth } from './lib/build.mjs';
import { table } from './lib/grow-area';
import { rssMb, signIn, tree } from './lib/probe';

const PORT = Number(process.env.BENCH_DEMO_PORT ?? 3107);
const DURATION = Number(process.env.BENCH_DEMO_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_DEMO_CONNECTIONS ?? 10);
const base = `http://127.0.0.1:${PORT}`;
const WARM_RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(pagePath: string, cookie: string): Promise<{ ms: number; status: number; html: string }> {
  const started = performance.now();
  const res = await fetch(`${base}${pagePath}`, { headers: { cookie }, redirect: 'manual' });
  const html = await res.text();
  return { ms: performance.now() - started, status: res.status, html };
}

/** The first link on a page to a path of this shape, e.g. a case or a meeting. */
function firstLink(html: string, pattern: RegExp): string {
  const found = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]).find((href) => pattern.test(href));
  if (!found) throw new Error(`no link like ${pattern} on the page`);
  return found;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'marac-bench-demo-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DATA_DIR: path.join(dir, 'pglite'),
    MARAC_DEMO: '1',
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
    NEXTAUTH_URL: base,
  };
  delete env.DATABASE_URL;
  let server: ReturnType<typeof startServer> | undefined;
  try {
    runDb('seed', env);
    buildIfStale(env);

    const started = performance.now();
    server = startServer(PORT, env, ['ignore', 'ignore', 'inherit']);
    const pid = server.pid!;
    let rssMax = 0;
    const sampler = setInterval(() => (rssMax = Math.max(rssMax, rssMb(tree(pid)))), 250);
    await waitForHealth(base, 120_000);
    const readyMs = performance.now() - started;
    const rssIdle = rssMb(tree(pid));

    const signInStarted = performance.now();
    const cookie = await signIn(base, 'coordinator@marac.example');
    const signInMs = performance.now() - signInStarted;

    // The pages in the order a coordinator might open them, each first from cold.
    const first: { name: string; path: string; ms: number; status: number }[] = [];
    const open = async (name: string, pagePath: string) => {
      const r = await timed(pagePath, cookie);
      first.push({ name, path: pagePath, ms: r.ms, status: r.status });
      return r.html;
    };
    await open('home', '/');
    await open('screening', '/screening');
    const caseList = await open('cases', '/cases');
    await open('a case', firstLink(caseList, /^\/cases\/[0-9a-f-]{36}$/));
    const meetingList = await open('meetings', '/meetings');
    const meeting = firstLink(meetingList, /^\/meetings\/[0-9a-f-]{36}$/);
    await open('an agenda', meeting);
    await open('action board', '/action-items');
    await open('audit log', '/audit');
    await open('notifications', '/notifications');

    const rows: string[][] = [];
    for (const page of first) {
      const later: number[] = [];
      for (let i = 0; i < WARM_RUNS; i++) later.push((await timed(page.path, cookie)).ms);
      const warm = median(later);
      rows.push([page.name, String(page.status), page.ms.toFixed(0), warm.toFixed(0), (page.ms / warm).toFixed(1)]);
    }

    const load = await autocannon({ url: `${base}/`, connections: CONNECTIONS, duration: DURATION, headers: { cookie } });
    clearInterval(sampler);
    rssMax = Math.max(rssMax, rssMb(tree(pid)));

    console.log(`\nThe demo on embedded PGlite, from a cold start of next start:`);
    console.log(`  answering after ${readyMs.toFixed(0)} ms (RSS ${rssIdle.toFixed(0)} MB); signed in in ${signInMs.toFixed(0)} ms\n`);
    console.log(table(['page', 'status', 'first ms', `median of next ${WARM_RUNS} ms`, 'first / later'], rows));
    console.log(
      `\nHome page under load, ${CONNECTIONS} connections for ${DURATION} s: ${load.requests.average.toFixed(1)} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ${load.non2xx + load.errors} errors.`,
    );
    console.log(`The server's largest RSS over the run: ${rssMax.toFixed(0)} MB.`);
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
