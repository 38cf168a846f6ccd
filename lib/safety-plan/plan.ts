import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { now } from '@/db/clock';
import type { SafetyItemStatus } from '@/db/enums';
import { digitalSafetyItems, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { assertCan, can } from '@/lib/authz';
import { loadCaseWithRelations } from '@/lib/authz/cases';
import { AccessDenied, StaleVersion } from '@/lib/errors';
import { parseInput } from '@/lib/input/parse';
import { currentSafetyChecklist, getSafetyChecklist } from './checklists';
import { updateSafetyItemSchema } from './schemas';

export interface PlanItem {
  key: string;
  text: string;
  hint: string;
  status: SafetyItemStatus;
  on: string | null;
  note: string | null;
  /** 0 while nothing is recorded. */
  version: number;
  updated: { at: Date; byName: string } | null;
}

export interface SafetyPlan {
  caseId: string;
  caseNumber: string;
  checklistId: string;
  items: PlanItem[];
  /** What was recorded against earlier versions of the list, kept as it was (read only). */
  earlier: (PlanItem & { checklistId: string })[];
  canUpdate: boolean;
}

/** A case's digital safety plan: each item of the current list with where it stands, and anything recorded against older lists. */
export function getSafetyPlan(viewer: Viewer, raw: { caseId: string }): Promise<SafetyPlan> {
  return withViewer(viewer, async (tx, me) => {
    const { found, caseRelations } = await loadCaseWithRelations(tx, me, raw.caseId, 'safety_plan.view');
    const rows = await tx
      .select({ row: digitalSafetyItems, byName: users.name })
      .from(digitalSafetyItems)
      .innerJoin(users, eq(users.id, digitalSafetyItems.updatedBy))
      .where(eq(digitalSafetyItems.caseId, found.id))
      .orderBy(asc(digitalSafetyItems.checklistId), asc(digitalSafetyItems.itemKey));
    await recordAudit(tx, me, { action: 'safety_plan.view', resourceType: 'case', resourceId: found.id, caseId: found.id });
    const current = currentSafetyChecklist;
    const recorded = (r: (typeof rows)[number]) => ({ status: r.row.status, on: r.row.on, note: r.row.note, version: r.row.version, updated: { at: r.row.updatedAt, byName: r.byName } });
    const ofCurrent = new Map(rows.filter((r) => r.row.checklistId === current.id).map((r) => [r.row.itemKey, r]));
    return {
      caseId: found.id,
      caseNumber: found.number,
      checklistId: current.id,
      items: current.items.map((item) => {
        const r = ofCurrent.get(item.key);
        return { ...item, ...(r ? recorded(r) : { status: 'not_started' as const, on: null, note: null, version: 0, updated: null }) };
      }),
      earlier: rows
        .filter((r) => r.row.checklistId !== current.id)
        .map((r) => {
          const item = getSafetyChecklist(r.row.checklistId)?.items.find((i) => i.key === r.row.itemKey);
          return { key: r.row.itemKey, text: item?.text ?? r.row.itemKey, hint: item?.hint ?? '', checklistId: r.row.checklistId, ...recorded(r) };
        }),
      canUpdate: can(me, 'safety_plan.update', { areaId: found.areaId, caseRelations }),
    };
  });
}

/**
 * Records where one item of the current list stands, with the date and a note. The first save of an
 * item adds its row (version 1); later saves must name the version they were made from.
 */
export async function updateSafetyItem(viewer: Viewer, raw: z.input<typeof updateSafetyItemSchema>): Promise<{ version: number }> {
  const input = parseInput(updateSafetyItemSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const { found, caseRelations } = await loadCaseWithRelations(tx, me, input.caseId, 'safety_plan.view');
    assertCan(me, 'safety_plan.update', { areaId: found.areaId, caseRelations }, { type: 'case', id: found.id });
    const checklistId = currentSafetyChecklist.id;
    if (!currentSafetyChecklist.items.some((i) => i.key === input.itemKey)) throw new AccessDenied('safety_plan.update', 'safety_plan_item', null, true);
    const values = { status: input.status, on: input.on === '' ? null : input.on, note: input.note === '' ? null : input.note, updatedBy: me.userId, updatedAt: now() };
    const where = and(eq(digitalSafetyItems.caseId, found.id), eq(digitalSafetyItems.checklistId, checklistId), eq(digitalSafetyItems.itemKey, input.itemKey));
    const [saved] =
      input.version === 0
        ? await tx
            .insert(digitalSafetyItems)
            .values({ areaId: found.areaId, caseId: found.id, checklistId, itemKey: input.itemKey, ...values })
            .onConflictDoNothing()
            .returning({ id: digitalSafetyItems.id, version: digitalSafetyItems.version })
        : await tx
            .update(digitalSafetyItems)
            .set({ ...values, version: input.version + 1 })
            .where(and(where, eq(digitalSafetyItems.version, input.version)))
            .returning({ id: digitalSafetyItems.id, version: digitalSafetyItems.version });
    if (!saved) throw new StaleVersion();
    await recordAudit(tx, me, { action: 'safety_plan.update', resourceType: 'safety_plan_item', resourceId: saved.id, caseId: found.id, detail: `${input.itemKey}_${input.status}` });
    return { version: saved.version };
  });
}
