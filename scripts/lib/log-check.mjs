// The end-to-end run's log check: the server's whole output must hold no seeded victim's name, alias,
// address or phone. A finding names the kind of value and the line, never the value; the output
// shown after a failure has every such value masked.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './build.mjs';

/** [{ kind, value }] of the demo's victims, read from demo/data/referrals.ts (through tsx). */
export function seededVictims() {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', path.join(root, 'scripts/lib/seeded-victims.ts')],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error("could not read the demo's victims from demo/data/referrals.ts");
  const victims = JSON.parse(result.stdout);
  if (victims.length === 0) throw new Error("no victims found in demo/data/referrals.ts: the log check would check nothing");
  return victims;
}

/** Each value as it may be written: as typed, and a phone number also without its spaces. */
function variants({ kind, value }) {
  const forms = new Set([value]);
  if (kind.endsWith('phone')) forms.add(value.replace(/\s+/g, ''));
  return [...forms].map((form) => ({ kind, form }));
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Checks the log; prints the findings (kind and line number) and, when asked or when something is
 * found, the end of the log with every victim's value masked. Returns whether anything was found.
 */
export function checkServerLog(file, victims, { showTail = false, tailLines = 150 } = {}) {
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const needles = victims.flatMap(variants).sort((a, b) => b.form.length - a.form.length);
  const kindOf = new Map(needles.map((n) => [n.form.toLowerCase(), n.kind]));
  const pattern = new RegExp(needles.map((n) => escape(n.form)).join('|'), 'gi');

  const findings = [];
  const masked = lines.map((line, i) =>
    line.replace(pattern, (match) => {
      const kind = kindOf.get(match.toLowerCase()) ?? 'victim detail';
      findings.push({ kind, line: i + 1 });
      return `[${kind}]`;
    }),
  );

  const copy = path.join(root, 'test-results', 'server-log.txt');
  mkdirSync(path.dirname(copy), { recursive: true });
  writeFileSync(copy, masked.join('\n') + '\n');

  if (findings.length || showTail) {
    const from = Math.max(0, masked.length - tailLines);
    console.error(`\nThe server's output, lines ${from + 1} to ${masked.length}, with any seeded victim's details masked (all of it, masked: ${path.relative(root, copy)}):`);
    for (let i = from; i < masked.length; i++) console.error(`${String(i + 1).padStart(6)}  ${masked[i]}`);
  }
  if (findings.length) {
    console.error(`\nPersonal data in the server's log: ${findings.length} seeded victim value(s) found.`);
    for (const f of findings.slice(0, 30)) console.error(`  a ${f.kind} on line ${f.line}`);
    if (findings.length > 30) console.error(`  and ${findings.length - 30} more`);
    return true;
  }
  console.log(`Server log checked: ${lines.length} lines, no seeded victim's name, alias, address or phone in them.`);
  return false;
}
