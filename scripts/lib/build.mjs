// Shared by the demo and end-to-end scripts: build the app unless .next holds a build newer than
// every source file, and start or stop the production server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const sources = ['app', 'lib', 'db', 'proxy.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json'];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), stat.mtimeMs);
}

export function buildIsStale() {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return sources.some((s) => newestMtime(path.join(root, s)) > built);
}

export function buildIfStale(env = process.env) {
  if (!buildIsStale()) {
    console.log('The build is up to date.');
    return;
  }
  console.log('Building the app (about a minute)...');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('next build failed');
}

const dbArgs = (args) => [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', path.join(root, 'scripts/db.ts'), ...args];

/** Runs a database step of scripts/db.ts (migrate, seed, e2e-areas <file>) in its own process. */
export function runDb(command, env = process.env, args = []) {
  const result = spawnSync(process.execPath, dbArgs([command, ...args]), { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`database ${command} failed`);
}

/** The same, without waiting: resolves when the step has succeeded, rejects when it fails. */
export function startDb(command, env = process.env, args = []) {
  const child = spawn(process.execPath, dbArgs([command, ...args]), { cwd: root, stdio: 'inherit', env });
  return new Promise((resolve, reject) => child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`database ${command} ${args.join(' ')} failed`)))));
}

/** Starts `next start` directly with node, so the pid we hold is the server's own. */
/**
 * The production server's heap: V8 sizes it from the machine's memory and, under load, lets it grow to
 * 500 MB and more before collecting; capped, the server stays near 220 MB under 20 connections
 * (`npm run bench:http`, README). `npm start` passes the same.
 */
export const serverHeapFlag = '--max-old-space-size=320';

export function startServer(port, env = process.env, stdio = 'inherit') {
  return spawn(process.execPath, [serverHeapFlag, path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    cwd: root,
    stdio,
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) },
  });
}

export async function waitForHealth(baseUrl, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${baseUrl} did not become healthy within ${timeoutMs / 1000}s`);
}

export { root };
