import 'server-only';
import { eq } from 'drizzle-orm';
import { agencies } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied } from '@/lib/errors';
import { knownId } from '@/lib/input/ids';
import type { Agency } from '@/db/schema/agencies';

export function getAgency(viewer: Viewer, agencyId: string): Promise<Pick<Agency, 'id' | 'name' | 'type' | 'active'>> {
  return withViewer(viewer, async (tx, me) => {
    const [agency] = await tx.select().from(agencies).where(eq(agencies.id, knownId(agencyId, 'agency.list', 'agency'))).limit(1);
    if (!agency) throw new AccessDenied('agency.list', 'agency', agencyId, true);
    assertCan(me, 'agency.list', { areaId: agency.areaId }, { type: 'agency', id: agency.id });
    await recordAudit(tx, me, { action: 'agency.view', resourceType: 'agency', resourceId: agency.id });
    return { id: agency.id, name: agency.name, type: agency.type, active: agency.active };
  });
}
