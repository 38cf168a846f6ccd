import { describe, expect, it, vi } from 'vitest';
import { makeAreaWithStaff } from '@/test/factories';
import { makeAcceptedCase } from '@/test/cases';
import { actAs, expectForgedRefused, snapshotOf } from '@/test/server-actions';
import { recordCrimeAction, reviewCrimeRecordingAction } from './actions';

vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));

describe('crime recording actions called with forged ids', () => {
  it('answer not found to an agency outside the case and to another area’s police, change nothing, and record the refusal', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    const ourCase = await makeAcceptedCase(ours, { victim: 'Forged Victim' });
    const areas = [ours.area.id, theirs.area.id];
    const onCase = { action: 'crime_recording.view', resourceType: 'case', resourceId: ourCase.id };
    const change = { caseId: ourCase.id, revision: 0, recording: 'stalking_s2a' };
    const attempts = [
      { what: 'housing changes the recording', as: ours.as.housingOfficer, call: () => recordCrimeAction(change), denied: onCase },
      { what: 'another area’s police change it', as: theirs.as.officer, call: () => recordCrimeAction(change), denied: onCase },
      { what: 'another area’s police answer the review', as: theirs.as.officer, call: () => reviewCrimeRecordingAction({ ...change, answer: 'kept', reason: 'Forged' }), denied: onCase },
    ];
    for (const a of attempts) await expectForgedRefused(areas, a);
  });

  it('refuse a coordinator who sees the case but is not the police, changing nothing', async () => {
    const ours = await makeAreaWithStaff();
    const ourCase = await makeAcceptedCase(ours, { victim: 'Forged Victim' });
    const before = await snapshotOf([ours.area.id]);
    actAs(ours.as.coordinator);
    expect(await recordCrimeAction({ caseId: ourCase.id, revision: 0, recording: 'stalking_s2a' })).toEqual({ ok: false, fieldErrors: {}, formError: 'You do not have permission to do that.' });
    expect(await snapshotOf([ours.area.id])).toEqual(before);
  });
});
