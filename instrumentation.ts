import type { Instrumentation } from 'next';

/**
 * Runs once when the server starts: the scheduled jobs (reminders, research requests, email) run in
 * the app's own process, on PostgreSQL or on the demo's embedded PGlite. MARAC_JOBS=off leaves them to
 * other instances.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  await recordPeerAddresses();
  const { setJobRunnerState } = await import('./lib/jobs/state');
  if (process.env.MARAC_JOBS === 'off') return setJobRunnerState('off');
  const { log } = await import('./lib/logging/log');
  const { startJobRunner } = await import('./lib/jobs/runner');
  try {
    setJobRunnerState('starting');
    await startJobRunner();
    setJobRunnerState('running');
    log.info({ jobs: 'started' }, 'scheduled jobs started');
  } catch (err) {
    setJobRunnerState('failed');
    // The app still serves; jobs wait for an instance that can run them (or this one, restarted).
    log.error({ err }, 'the scheduled jobs could not start in this instance');
  }
}

/**
 * Every error a page, route or server action throws, in the server's log: the request id, the
 * route's pattern (not the path, whose query string may hold a search term), and the error's type,
 * code and stack frames. Database errors have already lost their query and parameters at the
 * transaction boundary (lib/logging/transaction.ts), so Next's own error output cannot print them.
 */
export const onRequestError: Instrumentation.onRequestError = async (err, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { log } = await import('./lib/logging/log');
  const requestId = request.headers['x-request-id'];
  log.error(
    {
      requestId: typeof requestId === 'string' ? requestId : null,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
      digest: (err as { digest?: unknown }).digest,
      err,
    },
    'request failed',
  );
};

/**
 * Stamps each request the server receives with its socket's peer address (lib/auth/source-address.ts),
 * replacing any such header a client sent: the sign-in throttle's source address when no trusted proxy
 * is configured. Next.js keeps a client's own X-Forwarded-For, so that header cannot serve.
 */
async function recordPeerAddresses() {
  const http = await import('node:http');
  const { PEER_HEADER } = await import('./lib/auth/peer-header');
  const proto = http.Server.prototype as unknown as { emit: (event: string, ...args: unknown[]) => boolean; maracPeer?: boolean };
  if (proto.maracPeer) return;
  proto.maracPeer = true;
  const emit = proto.emit;
  proto.emit = function (this: unknown, event: string, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as import('node:http').IncomingMessage;
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? 'unknown';
    }
    return emit.call(this, event, ...args);
  };
}
