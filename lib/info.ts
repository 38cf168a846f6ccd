import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What /api/info says: the app's version (package.json) and the commit it was built from. Both are
 * fixed at build time by next.config.mjs (MARAC_BUILD_VERSION, MARAC_BUILD_COMMIT: the commit from
 * MARAC_COMMIT when set, else from git); MARAC_COMMIT at run time overrides, for images built without git.
 */
export function appInfo(env: Record<string, string | undefined> = fromEnvironment()): { name: string; version: string; commit: string | null } {
  const version = env.MARAC_BUILD_VERSION || packageVersion();
  const commit = env.MARAC_COMMIT || env.MARAC_BUILD_COMMIT || null;
  return { name: 'marac-hub', version, commit: commit && /^[0-9a-f]{7,40}$/i.test(commit) ? commit : null };
}

// Written out whole: Next.js replaces these names with their build-time values (next.config.mjs env).
function fromEnvironment(): Record<string, string | undefined> {
  return { MARAC_COMMIT: process.env.MARAC_COMMIT, MARAC_BUILD_COMMIT: process.env.MARAC_BUILD_COMMIT, MARAC_BUILD_VERSION: process.env.MARAC_BUILD_VERSION };
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
