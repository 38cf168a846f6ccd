import 'server-only';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { areas } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { parseInput } from '@/lib/input/parse';
import { areaSettingsSchema } from './schemas';

export interface AreaSettings {
  name: string;
  adultFemalePopulation: number | null;
}

/** The settings of the administrator's area, to edit. */
export function getAreaSettings(viewer: Viewer): Promise<AreaSettings> {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'area.settings_view', { areaId: me.areaId }, { type: 'area', id: me.areaId });
    const [area] = await tx.select({ name: areas.name, adultFemalePopulation: areas.adultFemalePopulation }).from(areas).where(eq(areas.id, me.areaId));
    await recordAudit(tx, me, { action: 'area.settings_view', resourceType: 'area', resourceId: me.areaId });
    return area;
  });
}

/** The administrator changes the area's settings (a change: with a recent code). */
export async function updateAreaSettings(viewer: Viewer, raw: z.input<typeof areaSettingsSchema>): Promise<void> {
  const input = parseInput(areaSettingsSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'area.settings', { areaId: me.areaId }, { type: 'area', id: me.areaId });
    await tx.update(areas).set({ adultFemalePopulation: input.adultFemalePopulation }).where(eq(areas.id, me.areaId));
    await recordAudit(tx, me, {
      action: 'area.settings',
      resourceType: 'area',
      resourceId: me.areaId,
      detail: input.adultFemalePopulation === null ? 'population_cleared' : `population_${input.adultFemalePopulation}`,
    });
  });
}
