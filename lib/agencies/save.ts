import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agencies } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied, InputRejected } from '@/lib/errors';
import type { z } from 'zod';
import { parseInput } from '@/lib/input/parse';
import { createAgencySchema, updateAgencySchema } from './schemas';
import { now } from '@/db/clock';

async function assertNameFree(tx: Tx, areaId: string, name: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.areaId, areaId), sql`lower(${agencies.name}) = lower(${name})`, exceptId ? ne(agencies.id, exceptId) : undefined))
    .limit(1);
  if (clash) throw new InputRejected({ name: 'An agency with this name already exists in this area' });
}

/** An admin adds an agency to their area. */
export async function createAgency(viewer: Viewer, raw: z.input<typeof createAgencySchema>): Promise<{ agencyId: string }> {
  const input = parseInput(createAgencySchema, raw);
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'agency.create', { areaId: me.areaId }, { type: 'agency' });
    await assertNameFree(tx, me.areaId, input.name);
    const [created] = await tx
      .insert(agencies)
      .values({ areaId: me.areaId, name: input.name, type: input.type })
      .returning({ id: agencies.id });
    await recordAudit(tx, me, { action: 'agency.create', resourceType: 'agency', resourceId: created.id });
    return { agencyId: created.id };
  });
}

/** An admin renames an agency, changes its type, or closes or reopens it (a closed agency gets no new users). */
export async function updateAgency(viewer: Viewer, raw: z.input<typeof updateAgencySchema>): Promise<void> {
  const input = parseInput(updateAgencySchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const [agency] = await tx.select().from(agencies).where(eq(agencies.id, input.agencyId)).for('update').limit(1);
    if (!agency) throw new AccessDenied('agency.update', 'agency', input.agencyId, true);
    assertCan(me, 'agency.update', { areaId: agency.areaId }, { type: 'agency', id: agency.id });
    if (agency.id === me.agencyId && !input.active) {
      throw new InputRejected({ active: 'You cannot close your own agency' });
    }
    await assertNameFree(tx, agency.areaId, input.name, agency.id);
    await tx
      .update(agencies)
      .set({ name: input.name, type: input.type, active: input.active, updatedAt: now() })
      .where(eq(agencies.id, agency.id));
    await recordAudit(tx, me, { action: 'agency.update', resourceType: 'agency', resourceId: agency.id });
  });
}
