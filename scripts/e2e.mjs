#!/usr/bin/env node
// `npm run test:e2e`: build if needed, start the app on a fresh database holding the demo data,
// run the Playwright specs in Debian's Chromium, then stop the app and remove the database.
// With DATABASE_URL set, the fresh database is created on that PostgreSQL server, and the app connects
// to it as the app role (migrations as DATABASE_URL's own role); otherwise it is an embedded PGlite
// directory in a temporary folder.
// Before the server starts, the tests' own areas are added (demo/e2e-areas.ts): on PGlite the running
// server holds the database, so the tests cannot make their data once it runs. Dropping the database
// at the end is their clean-up (the audit log refuses deletes).
// `--shuffle` (or `--shuffle=<seed>`, and by default when CI is set) runs the spec files in an order
// shuffled by a seed it prints, so that a failing order can be run again.
// The server's whole stdout and stderr go to a file; after the specs, the run fails if any seeded
// victim's name, alias, address or phone is in it (scripts/lib/log-check.mjs).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_ROLE, appRoleUrl, createScratchDatabase, dropScratchDatabase } from '../test/database.mjs';
import { buildIfStale, root, runDb, startDb, startServer, waitForHealth } from './lib/build.mjs';
import { checkServerLog, seededVictims } from './lib/log-check.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseUrl = `http://localhost:${port}`;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}

const shuffleArg = process.argv.slice(2).find((a) => a === '--shuffle' || a.startsWith('--shuffle='));
const playwrightArgs = process.argv.slice(2).filter((a) => a !== shuffleArg);
const shuffleSeed = shuffleArg?.startsWith('--shuffle=')
  ? shuffleArg.slice('--shuffle='.length)
  : shuffleArg || process.env.CI
    ? String(randomBytes(4).readUInt32BE() % 1_000_000)
    : undefined;
if (shuffleSeed !== undefined && !/^\d+$/.test(shuffleSeed)) {
  console.error('--shuffle=<seed> takes a whole number');
  process.exit(1);
}

// Read first: if the check cannot know the victims, the run stops before it starts.
const victims = seededVictims();

const serverUrl = process.env.DATABASE_URL;
let scratch;
let pgliteDir;
// TRUSTED_PROXY=1: a spec can send an address of its own in X-Forwarded-For (the sign-in throttle's tests); without it, Next.js sets the socket's.
const env = { ...process.env, MARAC_DEMO: '1', TRUSTED_PROXY: '1', NEXTAUTH_SECRET: randomBytes(32).toString('base64url'), NEXTAUTH_URL: baseUrl };
if (serverUrl) {
  scratch = await createScratchDatabase(serverUrl, 'marac_e2e');
  // As in production (README, Running on a real PostgreSQL): migrations as the owner; the seed, the
  // tests' areas and the server as the app role, which owns nothing and is held by row-level security.
  env.DATABASE_OWNER_URL = scratch.url;
  env.DATABASE_URL = appRoleUrl(scratch.url);
  console.log(`End-to-end tests on PostgreSQL database ${scratch.name}, the app connected as ${APP_ROLE}`);
} else {
  pgliteDir = mkdtempSync(path.join(os.tmpdir(), 'marac-e2e-'));
  env.PGLITE_DATA_DIR = pgliteDir;
  console.log(`End-to-end tests on embedded PGlite in ${pgliteDir}`);
}

const logDir = mkdtempSync(path.join(os.tmpdir(), 'marac-e2e-log-'));
const serverLog = path.join(logDir, 'server.log');
let server;
let status = 1;
let logFd;
const ownAreasFile = path.join(logDir, 'own-areas.json');
try {
  runDb('seed', env);
  if (serverUrl) {
    // Two processes make half the areas each while the app builds: on PostgreSQL they can share the database.
    const parts = [1, 2].map((n) => startDb('e2e-areas', env, [`${ownAreasFile}.${n}`, `${n}/2`]));
    // (A failed part is reported once all are done, not as an unhandled rejection while the build runs.)
    parts.forEach((p) => p.catch(() => {}));
    buildIfStale(env);
    await Promise.all(parts);
    const areas = [1, 2].flatMap((n) => JSON.parse(readFileSync(`${ownAreasFile}.${n}`, 'utf8')));
    writeFileSync(ownAreasFile, JSON.stringify(areas));
  } else {
    runDb('e2e-areas', env, [ownAreasFile]);
    buildIfStale(env);
  }
  logFd = openSync(serverLog, 'a');
  server = startServer(port, env, ['ignore', logFd, logFd]);
  await waitForHealth(baseUrl);
  if (shuffleSeed !== undefined) console.log(`Spec files in an order shuffled with seed ${shuffleSeed} (again: npm run test:e2e -- --shuffle=${shuffleSeed})`);
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', ...playwrightArgs], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, E2E_BASE_URL: baseUrl, E2E_OWN_AREAS: ownAreasFile, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...(shuffleSeed !== undefined && { E2E_SHUFFLE_SEED: shuffleSeed }) },
  });
  status = run.status ?? 1;
  if (status !== 0 && shuffleSeed !== undefined) console.log(`(The specs ran in the order of seed ${shuffleSeed}.)`);
} catch (err) {
  console.error(err);
} finally {
  if (server) {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  if (logFd !== undefined) {
    closeSync(logFd);
    const leaked = checkServerLog(serverLog, victims, { showTail: status !== 0 });
    if (leaked) status = 1;
  }
  rmSync(logDir, { recursive: true, force: true });
  if (scratch) await dropScratchDatabase(serverUrl, scratch.name);
  if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
}
process.exit(status);
