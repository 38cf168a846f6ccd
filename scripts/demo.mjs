#!/usr/bin/env node
// `npm run demo`: prepare the database (migrate, and add the demo data if it is empty), build if
// needed, and serve the app on http://localhost:3000 (PORT to change). With no DATABASE_URL the
// data lives in embedded PGlite under .data/.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildIfStale, root, runDb, startServer } from './lib/build.mjs';

const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.PGLITE_DATA_DIR ? path.dirname(process.env.PGLITE_DATA_DIR) : path.join(root, '.data');
mkdirSync(dataDir, { recursive: true });

// A secret made on this machine on first run, never shipped in the repository.
const secretFile = path.join(dataDir, 'auth-secret');
if (!process.env.NEXTAUTH_SECRET && !existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });

const env = {
  ...process.env,
  MARAC_DEMO: '1',
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? readFileSync(secretFile, 'utf8').trim(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
};

runDb('seed', env);
buildIfStale(env);
const server = startServer(port, env);
console.log(`\nMarac Hub demo: open ${env.NEXTAUTH_URL} (demo accounts are listed in README.md). Ctrl+C stops it.\n`);

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
