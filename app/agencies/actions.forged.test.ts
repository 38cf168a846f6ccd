import { describe, expect, it, vi } from 'vitest';
import { auditInsertFailed, withAuditFailing } from '@/test/audit';
import { auditEventsOf, makeAreaWithStaff } from '@/test/factories';
import { actAs, expectForgedRefused, snapshotOf } from '@/test/server-actions';
import { updateAgencyAction } from './actions';

vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));

describe('agency actions called with forged ids', () => {
  it('answer not found to an administrator of another area, change nothing, and record the refusal', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    const world = [ours.area.id, theirs.area.id];
    // An administrator runs every agency of their own area; another area's agencies are not theirs to see.
    for (const [what, agency, active] of [
      ['renames another area’s police', theirs.agencies.police, 'yes'],
      ['closes another area’s housing', theirs.agencies.housing, 'no'],
    ] as const) {
      await expectForgedRefused(world, {
        what: `our administrator ${what}`,
        as: ours.as.admin,
        call: () => updateAgencyAction({ agencyId: agency.id, name: 'Forged Agency Name', type: 'other', active }),
        denied: { action: 'agency.update', resourceType: 'agency', resourceId: agency.id },
      });
    }
  });

  it('still refuses a forged call whose refusal cannot be recorded: the action fails, and nothing changes', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    const world = [ours.area.id, theirs.area.id];
    const before = await snapshotOf(world);
    const viewer = actAs(ours.as.admin);
    const forged = () => updateAgencyAction({ agencyId: theirs.agencies.police.id, name: 'Forged Agency Name', type: 'other', active: 'yes' });
    await expect(withAuditFailing(viewer, forged)).rejects.toMatchObject(auditInsertFailed);
    expect(await snapshotOf(world)).toEqual(before);
    expect(await auditEventsOf(viewer.requestId)).toEqual([]);
  });
});
