import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Code that runs in the browser ('use client' modules and everything they import) must not reach
// the database layer: no drizzle module, no table definition, no connection. (A server action it
// calls is a 'use server' module, which the browser meets only as a reference.) What a form needs from
// the schema (the values of an enum) lives in db/enums.ts, and the time in db/clock.ts; both import nothing.

const root = path.resolve(__dirname, '..');
const forbidden = [/^drizzle-orm/, /^postgres$/, /^@electric-sql\/pglite/, /^server-only$/, /^@\/db\/(?!enums$|clock$)/, /^next-auth$/, /^pino/, /^zod$/, /^otplib/, /^qrcode$/, /^rate-limiter-flexible$/];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The modules a file imports at run time (type-only imports are erased and do not count). */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    if (!m[1]) found.push(m[2]);
  }
  return found;
}

function resolveLocal(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every forbidden import reachable from a file, as "chain of files -> module". */
function reaches(entry: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      const here = [...chain, path.relative(root, file)];
      if (forbidden.some((f) => f.test(spec))) problems.push(`${here.join(' -> ')} -> ${spec}`);
      const local = resolveLocal(file, spec);
      // A 'use server' module reaches the browser only as a reference to call: its imports stay on the server.
      if (local && !/^\s*['"]use server['"]/.test(readFileSync(local, 'utf8'))) walk(local, here);
    }
  };
  walk(entry, []);
  return problems;
}

describe('the client boundary', () => {
  const clientFiles = filesUnder(path.join(root, 'app')).filter((f) => /^\s*['"]use client['"]/.test(readFileSync(f, 'utf8')));

  it('finds the client modules', () => {
    expect(clientFiles.length).toBeGreaterThan(20);
  });

  it('keeps the database layer out of every client module', () => {
    expect(clientFiles.flatMap(reaches)).toEqual([]);
  });
});
