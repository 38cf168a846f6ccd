import { appInfo } from '@/lib/info';

export const dynamic = 'force-dynamic';

/** For operators: the version and the commit this instance was built from (lib/info.ts). */
export function GET() {
  return Response.json(appInfo(), { headers: { 'Cache-Control': 'no-store' } });
}
