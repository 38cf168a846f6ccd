/**
 * Runs once when the server starts: the scheduled jobs (reminders, research requests, email) run in
 * the app's own process, on PostgreSQL or on the demo's embedded PGlite. MARAC_JOBS=off leaves them to
 * other instances.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.MARAC_JOBS === 'off') return;
  const { startJobRunner } = await import('./lib/jobs/runner');
  try {
    await startJobRunner();
  } catch (err) {
    // The app still serves; jobs wait for an instance that can run them (or this one, restarted).
    console.error('[jobs] The scheduled jobs could not start in this instance:', err);
  }
}
