import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { todayInUk } from '@/db/clock';
import { digitalSafetyItems } from '@/db/schema';
import { AccessDenied, StaleVersion } from '@/lib/errors';
import { expectAudit } from '@/test/audit';
import { makeAcceptedCase } from '@/test/cases';
import { makeAreaWithStaff, newRequest } from '@/test/factories';
import { currentSafetyChecklist, getSafetyChecklist, publishedSafetyChecklists } from './checklists';
import { getSafetyPlan, updateSafetyItem } from './plan';

/** SHA-256 of each published list: a published list never changes in place (add a new version instead). */
const frozenHashes: Record<string, string> = {
  'digital-safety@1': '4d6f00298e607aa460481e8f9ec0f9dc0ad5e9ddfe26ca6d6eae7e57c8f9f243',
};

const sha256 = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');

async function refused(work: Promise<unknown>) {
  return work.then(
    () => null,
    (e: unknown) => e,
  );
}

describe('the digital safety plan checklists', () => {
  it('are frozen once published, each found by its id, with unique item keys', () => {
    for (const list of publishedSafetyChecklists) {
      expect(sha256(list), list.id).toBe(frozenHashes[list.id]);
      expect(getSafetyChecklist(list.id)).toBe(list);
      expect(new Set(list.items.map((i) => i.key)).size).toBe(list.items.length);
    }
    expect(publishedSafetyChecklists).toContain(currentSafetyChecklist);
    expect(currentSafetyChecklist.items).toHaveLength(6);
  });
});

describe('a case’s digital safety plan', () => {
  it('is saved item by item with the date and a note, from the latest version only, and audited', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Safety Victim' });
    const officer = staff.as.officer;

    const empty = await getSafetyPlan(officer, { caseId: c.id });
    expect(empty.items.map((i) => [i.key, i.status, i.version])).toEqual(currentSafetyChecklist.items.map((i) => [i.key, 'not_started', 0]));
    expect(empty.canUpdate).toBe(true);
    await expectAudit(officer, { action: 'safety_plan.view', outcome: 'allowed', resourceType: 'case', resourceId: c.id });

    const saving = newRequest(officer);
    const on = todayInUk();
    expect(await updateSafetyItem(saving, { caseId: c.id, itemKey: 'passwords_changed', status: 'done', on, note: 'From the IDVA’s laptop', version: 0 })).toEqual({ version: 1 });
    const [row] = await (await getDb()).select().from(digitalSafetyItems).where(eq(digitalSafetyItems.caseId, c.id));
    expect(row).toMatchObject({ checklistId: 'digital-safety@1', itemKey: 'passwords_changed', status: 'done', on, note: 'From the IDVA’s laptop', version: 1, updatedBy: staff.users.officer.id });
    await expectAudit(saving, { action: 'safety_plan.update', outcome: 'allowed', resourceType: 'safety_plan_item', resourceId: row.id, caseId: c.id, detail: 'passwords_changed_done' });

    // Someone else saved meanwhile: a save from version 0, or from 1 again after 2, is refused.
    expect(await refused(updateSafetyItem(newRequest(staff.as.coordinator), { caseId: c.id, itemKey: 'passwords_changed', status: 'in_progress', version: 0 }))).toBeInstanceOf(StaleVersion);
    expect(await updateSafetyItem(staff.as.coordinator, { caseId: c.id, itemKey: 'passwords_changed', status: 'in_progress', version: 1 })).toEqual({ version: 2 });
    expect(await refused(updateSafetyItem(newRequest(officer), { caseId: c.id, itemKey: 'passwords_changed', status: 'done', version: 1 }))).toBeInstanceOf(StaleVersion);

    const plan = await getSafetyPlan(newRequest(officer), { caseId: c.id });
    expect(plan.items.find((i) => i.key === 'passwords_changed')).toMatchObject({ status: 'in_progress', on: null, note: null, version: 2, updated: { byName: staff.users.coordinator.name } });
  });

  it('keeps and shows what was recorded against an older list', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Older Victim' });
    await (await getDb()).insert(digitalSafetyItems).values({ areaId: staff.area.id, caseId: c.id, checklistId: 'digital-safety@0', itemKey: 'router_reset', status: 'done', note: 'Done before', updatedBy: staff.users.officer.id });
    const plan = await getSafetyPlan(staff.as.coordinator, { caseId: c.id });
    expect(plan.earlier).toMatchObject([{ key: 'router_reset', text: 'router_reset', checklistId: 'digital-safety@0', status: 'done', note: 'Done before' }]);
    expect(plan.items.every((i) => i.version === 0)).toBe(true);
  });

  it('answers not found outside the case, and to an item of no list; the chair sees it and may not change it', async () => {
    const staff = await makeAreaWithStaff();
    const other = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Hidden Victim' });
    for (const [viewer, action] of [
      [staff.as.housingOfficer, 'safety_plan.view'],
      [other.as.coordinator, 'safety_plan.view'],
    ] as const) {
      const r = newRequest(viewer);
      const err = await refused(updateSafetyItem(r, { caseId: c.id, itemKey: 'not_blocked', status: 'done', version: 0 }));
      expect((err as AccessDenied).asNotFound).toBe(true);
      await expectAudit(r, { action, outcome: 'denied', resourceType: 'case', resourceId: c.id, detail: 'not_found' });
    }
    const unknown = newRequest(staff.as.officer);
    expect(((await refused(updateSafetyItem(unknown, { caseId: c.id, itemKey: 'no_such_item', status: 'done', version: 0 }))) as AccessDenied).asNotFound).toBe(true);
    await expectAudit(unknown, { action: 'safety_plan.update', outcome: 'denied', resourceType: 'safety_plan_item', detail: 'not_found' });
    expect((await getSafetyPlan(staff.as.chair, { caseId: c.id })).canUpdate).toBe(false);
    expect(await refused(updateSafetyItem(newRequest(staff.as.chair), { caseId: c.id, itemKey: 'not_blocked', status: 'done', version: 0 }))).toBeInstanceOf(AccessDenied);
    expect(await (await getDb()).select().from(digitalSafetyItems).where(eq(digitalSafetyItems.caseId, c.id))).toEqual([]);
  });
});
