import 'server-only';

/** The scheduled jobs; each also runs on its own schedule (lib/jobs/runner.ts). */
export const jobNames = ['action-reminders', 'research-requests', 'deliver-emails', 'preservation-deadlines', 'audit-chain', 'sign-in-counters'] as const;
export type JobName = (typeof jobNames)[number];

type Kicker = (name: JobName) => void;
const key = Symbol.for('marac-hub.job-kickers');
type GlobalWithKickers = typeof globalThis & { [key]?: Set<Kicker> };

function kickers(): Set<Kicker> {
  const g = globalThis as GlobalWithKickers;
  g[key] ??= new Set();
  return g[key];
}

/** Used by the runner: kicks reach every runner started in this process. */
export function addKicker(kicker: Kicker): () => void {
  kickers().add(kicker);
  return () => kickers().delete(kicker);
}

/**
 * Asks this process's job runner, if it has one, to run a job shortly rather than at its next
 * scheduled minute (used when an agenda is published). Only a hint, safe to give inside a transaction that may yet roll back: the job
 * decides from what is committed, and its schedule runs it anyway.
 */
export function kickJob(name: JobName): void {
  for (const kick of kickers()) kick(name);
}
