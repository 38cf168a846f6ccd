import { inspect } from 'node:util';
import { vi } from 'vitest';

/** Everything written to stdout, stderr and the console while `run` runs (not passed on). */
export async function captured<T>(run: () => Promise<T>): Promise<{ output: string; result: PromiseSettledResult<T> }> {
  const chunks: string[] = [];
  const keep = (chunk: unknown) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : inspect(chunk));
    return true;
  };
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(keep),
    vi.spyOn(process.stderr, 'write').mockImplementation(keep),
    ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void keep(args.map((a) => inspect(a, { depth: 10 })).join(' '))),
    ),
  ];
  try {
    const [result] = await Promise.allSettled([run()]);
    // The logger may write on the next tick.
    await new Promise((r) => setImmediate(r));
    return { output: chunks.join(''), result };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}
