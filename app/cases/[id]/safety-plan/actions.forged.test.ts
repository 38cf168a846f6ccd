import { describe, it, vi } from 'vitest';
import { updateSafetyItem } from '@/lib/safety-plan/plan';
import { makeAreaWithStaff } from '@/test/factories';
import { makeAcceptedCase } from '@/test/cases';
import { expectForgedRefused } from '@/test/server-actions';
import { updateSafetyItemAction } from './actions';

vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));

describe('safety plan actions called with forged ids', () => {
  it('answer not found to an agency outside the case and to another area, change nothing, and record the refusal', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    const ourCase = await makeAcceptedCase(ours, { victim: 'Forged Victim' });
    await updateSafetyItem(ours.as.officer, { caseId: ourCase.id, itemKey: 'trusted_device', status: 'done', version: 0 });
    const areas = [ours.area.id, theirs.area.id];
    const onCase = { resourceType: 'case', resourceId: ourCase.id };
    const item = (version: number) => ({ caseId: ourCase.id, itemKey: 'trusted_device', status: 'not_applicable', version });
    const attempts = [
      { what: 'housing updates the police’s case', as: ours.as.housingOfficer, call: () => updateSafetyItemAction(item(1)), denied: { action: 'safety_plan.view', ...onCase } },
      { what: 'housing starts an item on it', as: ours.as.housingOfficer, call: () => updateSafetyItemAction({ ...item(0), itemKey: 'not_blocked' }), denied: { action: 'safety_plan.view', ...onCase } },
      { what: 'another area’s coordinator updates it', as: theirs.as.coordinator, call: () => updateSafetyItemAction(item(1)), denied: { action: 'safety_plan.view', ...onCase } },
      { what: 'the chair (who may only see it) updates it', as: ours.as.chair, call: () => updateSafetyItemAction(item(1)), denied: { action: 'safety_plan.update', ...onCase } },
    ];
    for (const a of attempts) await expectForgedRefused(areas, a);
  });
});
