// The floor of the HTTP benchmark: a bare Next.js app of the project's own next and react, whose one page reads 20 rows from PostgreSQL with the `postgres` driver
// and renders them. What any page of the app costs at least, on the same machine in the same run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './build.mjs';

const files = {
  'package.json': JSON.stringify({ private: true, name: 'marac-bench-floor' }),
  // Turbopack compiles nothing outside its root: the project's, whose node_modules the floor uses.
  'next.config.mjs': `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(root)} } };\n`,
  'app/layout.jsx': `export default function Layout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  'app/page.jsx': `import postgres from 'postgres';

export const dynamic = 'force-dynamic';
const sql = postgres(process.env.FLOOR_DATABASE_URL, { max: 10, connection: { application_name: 'bench-floor' } });

export default async function Page() {
  const rows = await sql\`select id, number, status, created_at from cases order by id limit 20\`;
  return (
    <main>
      <h1>Cases</h1>
      <table><tbody>{rows.map((r) => <tr key={r.id}><td>{r.number}</td><td>{r.status}</td><td>{r.created_at.toISOString()}</td></tr>)}</tbody></table>
    </main>
  );
}
`,
  'app/api/health/route.js': `export const dynamic = 'force-dynamic';
export function GET() {
  return Response.json({ ok: true });
}
`,
};

const nextBin = path.join(root, 'node_modules/next/dist/bin/next');

/**
 * Writes and builds the floor app in a new temporary folder inside the project (Turbopack refuses a
 * node_modules symlinked from outside its root; inside, the project's own is found as any package is).
 * Returns the folder.
 */
export function buildFloor() {
  const dir = mkdtempSync(path.join(root, '.bench-floor-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const built = spawnSync(process.execPath, [nextBin, 'build'], { cwd: dir, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (built.status !== 0) throw new Error('the floor app did not build');
  return dir;
}

export function startFloor(dir, port, databaseUrl, stdio = 'ignore') {
  return spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    cwd: dir,
    stdio,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), FLOOR_DATABASE_URL: databaseUrl },
  });
}
