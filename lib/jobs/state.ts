import 'server-only';

/**
 * Whether this process runs the scheduled jobs: `off` (MARAC_JOBS=off: other instances run them),
 * `starting`, `running`, or `failed` (pg-boss could not start; the app still serves). For /api/health.
 */
export type JobRunnerState = 'not_started' | 'off' | 'starting' | 'running' | 'failed';

const key = Symbol.for('marac-hub.job-runner-state');
type GlobalWithState = typeof globalThis & { [key]?: JobRunnerState };

export function jobRunnerState(): JobRunnerState {
  return (globalThis as GlobalWithState)[key] ?? 'not_started';
}

export function setJobRunnerState(state: JobRunnerState): void {
  (globalThis as GlobalWithState)[key] = state;
}
