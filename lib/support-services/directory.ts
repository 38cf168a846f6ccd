import 'server-only';
import { and, asc, eq, max } from 'drizzle-orm';
import type { z } from 'zod';
import { now } from '@/db/clock';
import { supportServices, type SupportService } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { assertCan } from '@/lib/authz';
import { AccessDenied, StaleVersion } from '@/lib/errors';
import { knownId } from '@/lib/input/ids';
import { parseInput } from '@/lib/input/parse';
import { nationalHelplines, type DirectoryEntry } from './national';
import { addSupportServiceSchema, updateSupportServiceSchema } from './schemas';

/** The area's own services: at most this many (a directory to print on a page or two). */
export const LOCAL_SERVICES_MAX = 100;

const orNull = (v: string) => (v === '' ? null : v);
const valuesOf = (input: z.output<typeof addSupportServiceSchema>) => ({
  name: input.name,
  description: orNull(input.description),
  phone: orNull(input.phone),
  hours: orNull(input.hours),
  website: orNull(input.website),
});

export interface Directory {
  national: readonly DirectoryEntry[];
  local: DirectoryEntry[];
}

/** The support directory of the viewer's area: the national helplines, then the area's services in use. Holds no personal data. */
export function supportDirectory(viewer: Viewer): Promise<Directory> {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'support_service.view', { areaId: me.areaId }, { type: 'support_service' });
    const local = await tx
      .select({ name: supportServices.name, description: supportServices.description, phone: supportServices.phone, hours: supportServices.hours, website: supportServices.website })
      .from(supportServices)
      .where(and(eq(supportServices.areaId, me.areaId), eq(supportServices.active, true)))
      .orderBy(asc(supportServices.position))
      .limit(LOCAL_SERVICES_MAX);
    return { national: nationalHelplines, local };
  });
}

/** For the area's admins: every one of its services, those taken out of the directory too. */
export function listAreaServices(viewer: Viewer): Promise<SupportService[]> {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'support_service.edit', { areaId: me.areaId }, { type: 'support_service' });
    return tx.select().from(supportServices).where(eq(supportServices.areaId, me.areaId)).orderBy(asc(supportServices.position)).limit(LOCAL_SERVICES_MAX);
  });
}

/** One of the area's services, for its edit form; "not found" for another area's or an unknown id (audited). */
export function getAreaService(viewer: Viewer, serviceId: unknown): Promise<SupportService> {
  return withViewer(viewer, async (tx, me) => {
    const id = knownId(serviceId, 'support_service.edit', 'support_service');
    const [row] = await tx.select().from(supportServices).where(eq(supportServices.id, id));
    // Another area's service is out of reach of the database's own policies too: "not found" either way, naming the id asked for.
    if (!row) throw new AccessDenied('support_service.edit', 'support_service', id, true);
    assertCan(me, 'support_service.edit', { areaId: row.areaId }, { type: 'support_service', id: row.id });
    return row;
  });
}

/** Adds a service to the end of the area's list. */
export async function addSupportService(viewer: Viewer, raw: z.input<typeof addSupportServiceSchema>): Promise<{ id: string }> {
  const input = parseInput(addSupportServiceSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'support_service.edit', { areaId: me.areaId }, { type: 'support_service' });
    const [{ last }] = await tx.select({ last: max(supportServices.position) }).from(supportServices).where(eq(supportServices.areaId, me.areaId));
    const [row] = await tx
      .insert(supportServices)
      .values({ areaId: me.areaId, ...valuesOf(input), position: (last ?? 0) + 1, updatedBy: me.userId })
      .returning({ id: supportServices.id });
    await recordAudit(tx, me, { action: 'support_service.add', resourceType: 'support_service', resourceId: row.id });
    return { id: row.id };
  });
}

/** Changes a service, or takes it out of the directory (or back in); made from the latest version only. */
export async function updateSupportService(viewer: Viewer, raw: z.input<typeof updateSupportServiceSchema>): Promise<{ version: number }> {
  const input = parseInput(updateSupportServiceSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const id = knownId(input.serviceId, 'support_service.edit', 'support_service');
    const [row] = await tx.select().from(supportServices).where(eq(supportServices.id, id)).for('update');
    if (!row) throw new AccessDenied('support_service.edit', 'support_service', id, true);
    assertCan(me, 'support_service.edit', { areaId: row.areaId }, { type: 'support_service', id: row.id });
    if (row.version !== input.version) throw new StaleVersion();
    const version = row.version + 1;
    await tx
      .update(supportServices)
      .set({ ...valuesOf(input), active: input.active, version, updatedBy: me.userId, updatedAt: now() })
      .where(eq(supportServices.id, row.id));
    await recordAudit(tx, me, { action: 'support_service.update', resourceType: 'support_service', resourceId: row.id, detail: input.active ? 'listed' : 'not_listed' });
    return { version };
  });
}
