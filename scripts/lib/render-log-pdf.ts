// Renders an incident log export (JSON on stdin, from scripts/bench.ts) as a PDF `runs` times and
// prints the times in ms and the size, as JSON. A process of its own: react-pdf needs React's client
// build, which the bench's react-server conditions (for the lib/ verbs) leave out. And react-pdf is
// loaded as ES modules (its hyphenation package has no CommonJS build): this script runs as CommonJS,
// so the ES module is put where the document's `require` of it will find it.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { text } from 'node:stream/consumers';
import type { LogExport } from '@/lib/incidents/export';

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

async function loadDocument() {
  const require = createRequire(__filename);
  const path = require.resolve('@react-pdf/renderer');
  const esm = await import('@react-pdf/renderer');
  require.cache[path] = { id: path, filename: path, loaded: true, exports: esm } as NodeJS.Module;
  return (await import('@/app/cases/[id]/incidents/export/log-pdf')).incidentLogPdf;
}

async function main() {
  const incidentLogPdf = await loadDocument();
  const runs = Number(process.argv[2] ?? 3);
  const log = JSON.parse(await text(process.stdin), (_key, value) => (typeof value === 'string' && isoInstant.test(value) ? new Date(value) : value)) as LogExport;
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    bytes = (await incidentLogPdf(log)).byteLength;
    times.push(performance.now() - started);
  }
  console.log(JSON.stringify({ times, bytes }));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
