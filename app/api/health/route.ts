import { checkHealth } from '@/lib/health';

export const dynamic = 'force-dynamic';

/**
 * For load balancers and operators: each dependency's state (lib/health.ts). 200 while the database
 * answers (`degraded` when the job queue or the mail server does not), 503 when it does not.
 */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === 'down' ? 503 : 200, headers: { 'Cache-Control': 'no-store' } });
}
