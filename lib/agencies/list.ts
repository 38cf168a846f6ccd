import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import { agencies, users } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import type { AgencyType } from '@/db/enums';

export interface AgencyRow {
  id: string;
  name: string;
  type: AgencyType;
  active: boolean;
  activeUsers: number;
}

/** The agencies of the viewer's area, by name, with how many enabled users each has. */
export function listAgencies(viewer: Viewer): Promise<AgencyRow[]> {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'agency.list', { areaId: me.areaId }, { type: 'agency' });
    const rows = await tx
      .select({ id: agencies.id, name: agencies.name, type: agencies.type, active: agencies.active, activeUsers: count(users.id) })
      .from(agencies)
      .leftJoin(users, and(eq(users.agencyId, agencies.id), eq(users.active, true)))
      .where(eq(agencies.areaId, me.areaId))
      .groupBy(agencies.id)
      .orderBy(asc(agencies.name));
    await recordAudit(tx, me, { action: 'agency.list', resourceType: 'agency' });
    return rows;
  });
}
