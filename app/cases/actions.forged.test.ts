import { describe, it, vi } from 'vitest';
import { makeAreaWithStaff } from '@/test/factories';
import { makeAcceptedCase } from '@/test/cases';
import { expectForgedRefused } from '@/test/server-actions';
import { revealProtectedAction } from './actions';

vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));

describe('case actions called with forged ids', () => {
  it('answer not found to an agency with no part in the case and to another area, change nothing, and record the refusal', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    const world = [ours.area.id, theirs.area.id];
    // Each referred by its area's police and waiting for a meeting: housing has no part in ours yet.
    const ourCase = await makeAcceptedCase(ours, { victim: 'Our Victim' });
    const theirCase = await makeAcceptedCase(theirs, { victim: 'Their Victim' });
    const reveal = (caseId: string) => () => revealProtectedAction({ caseId, reason: 'Planning a joint home visit with the police next week' });

    const attempts = [
      { what: 'housing reveals the protected details of a case it has no part in', as: ours.as.housingOfficer, call: reveal(ourCase.id), caseId: ourCase.id },
      { what: 'our police reveal another area’s case', as: ours.as.officer, call: reveal(theirCase.id), caseId: theirCase.id },
      { what: 'our coordinator reveals another area’s case', as: ours.as.coordinator, call: reveal(theirCase.id), caseId: theirCase.id },
      { what: 'our chair reveals another area’s case', as: ours.as.chair, call: reveal(theirCase.id), caseId: theirCase.id },
    ];
    for (const a of attempts) {
      await expectForgedRefused(world, { what: a.what, as: a.as, call: a.call, denied: { action: 'case.reveal_protected', resourceType: 'case', resourceId: a.caseId } });
    }
  });
});
