import { checkHealth } from '@/lib/health';

export const dynamic = 'force-dynamic';

/** For load balancers and operators: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503 });
}
