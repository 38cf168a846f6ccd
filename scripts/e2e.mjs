#!/usr/bin/env node
// `npm run test:e2e`: build if needed, start the app on a fresh database holding the demo data,
// run the Playwright specs in Debian's Chromium, then stop the app and remove the database.
// With DATABASE_URL set, the fresh database is created on that PostgreSQL server; otherwise it is
// an embedded PGlite directory in a temporary folder.
// The server's whole stdout and stderr go to a file; after the specs, the run fails if any seeded
// victim's name, alias, address or phone is in it (scripts/lib/log-check.mjs).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase, dropScratchDatabase } from '../test/database.mjs';
import { buildIfStale, root, runDb, startServer, waitForHealth } from './lib/build.mjs';
import { checkServerLog, seededVictims } from './lib/log-check.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseUrl = `http://localhost:${port}`;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}

// Read first: if the check cannot know the victims, the run stops before it starts.
const victims = seededVictims();

const serverUrl = process.env.DATABASE_URL;
let scratch;
let pgliteDir;
const env = { ...process.env, MARAC_DEMO: '1', NEXTAUTH_SECRET: randomBytes(32).toString('base64url'), NEXTAUTH_URL: baseUrl };
if (serverUrl) {
  scratch = await createScratchDatabase(serverUrl, 'marac_e2e');
  env.DATABASE_URL = scratch.url;
  console.log(`End-to-end tests on PostgreSQL database ${scratch.name}`);
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
try {
  runDb('seed', env);
  buildIfStale(env);
  logFd = openSync(serverLog, 'a');
  server = startServer(port, env, ['ignore', logFd, logFd]);
  await waitForHealth(baseUrl);
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, E2E_BASE_URL: baseUrl, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  status = run.status ?? 1;
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
