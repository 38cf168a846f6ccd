// What the benchmark scripts read of a running server: its processes' memory and CPU from /proc, and a
// signed-in session's cookie, got as a browser gets one (next-auth's CSRF token, then the credentials).
import { readdirSync, readFileSync } from 'node:fs';
import { DEMO_PASSWORD } from '@/db/demo-password';

const TICK_MS = 1000 / 100; // USER_HZ: /proc's CPU times are in hundredths of a second on Linux

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

/** A process and all its descendants. */
export function tree(pid: number): number[] {
  const tasks = (() => {
    try {
      return readdirSync(`/proc/${pid}/task`);
    } catch {
      return [];
    }
  })();
  const kids = tasks.flatMap((t) => (readProc(pid, `task/${t}/children`) ?? '').split(' ').filter(Boolean).map(Number));
  return [pid, ...kids.flatMap(tree)];
}

/** User and system CPU of one process so far, in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = readProc(pid, 'stat');
  if (!stat) return 0;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime (fields 14 and 15 of stat)
}

/** The resident memory of these processes together, in MB. */
export function rssMb(pids: number[]): number {
  return pids.reduce((sum, pid) => sum + Number(/VmRSS:\s+(\d+)/.exec(readProc(pid, 'status') ?? '')?.[1] ?? 0) / 1024, 0);
}

/** Signs a demo account in on the app at `base`; returns the Cookie header of its session. */
export async function signIn(base: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, callbackUrl: base, json: 'true' }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error(`signing in as ${email} failed (${res.status})`);
  // The code step: the demonstration shows the account's current code (MARAC_DEMO=1), which is posted back.
  // A code works once, so a second sign-in of the account within 30 s may have to wait for the next one.
  for (let tries = 0; ; tries++) {
    const page = await (await fetch(`${base}/sign-in/code`, { headers: { cookie: cookie() } })).text();
    const code = /id="demo-code">(\d{6})</.exec(page)?.[1];
    if (code) {
      const verified = await fetch(`${base}/sign-in/code/verify`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
        body: new URLSearchParams({ code, returnTo: '/' }),
      });
      if (verified.headers.get('location') === '/') return cookie();
    }
    if (tries >= 4) throw new Error(`the code step for ${email} failed: is MARAC_DEMO=1 set?`);
    await new Promise((resolve) => setTimeout(resolve, 8_000));
  }
}
