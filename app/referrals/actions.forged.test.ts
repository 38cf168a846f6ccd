import { describe, it, vi } from 'vitest';
import { makeAreaWithStaff } from '@/test/factories';
import { makeReferral } from '@/test/cases';
import { completeForm } from '@/test/referral-form';
import { expectForgedRefused } from '@/test/server-actions';
import { saveStepAction, screenReferralAction, submitReferralAction } from './actions';

vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));

describe('referral actions called with forged ids', () => {
  it('answer not found to another agency of the area and to another area, change nothing, and record the refusal', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    const world = [ours.area.id, theirs.area.id];
    // Complete referrals by each area's police: drafts ready to submit, and submitted ones ready to screen.
    const ourDraft = await makeReferral(ours, { victim: 'Our Draft', status: 'draft' });
    const ourSubmitted = await makeReferral(ours, { victim: 'Our Submitted', status: 'submitted' });
    const theirDraft = await makeReferral(theirs, { victim: 'Their Draft', status: 'draft' });
    const theirSubmitted = await makeReferral(theirs, { victim: 'Their Submitted', status: 'submitted' });
    const step = (referralId: string) => ({ referralId, version: 1, step: 'victim', values: { ...completeForm().victim, name: 'Forged Name' } });
    const accept = (referralId: string) => ({ referralId, version: 1, decision: 'accept', note: '', matches: {} });
    const decline = (referralId: string) => ({ referralId, version: 1, decision: 'decline', note: 'Forged decline', matches: {} });

    const attempts = [
      // Another agency of the same area: housing has no part in the police's referrals.
      { what: 'housing edits a step of the police’s draft', as: ours.as.housingOfficer, call: () => saveStepAction(step(ourDraft.id)), id: ourDraft.id, action: 'referral.edit' },
      { what: 'housing submits the police’s draft', as: ours.as.housingOfficer, call: () => submitReferralAction({ referralId: ourDraft.id, version: 1 }), id: ourDraft.id, action: 'referral.edit' },
      { what: 'housing screens the police’s referral', as: ours.as.housingOfficer, call: () => screenReferralAction(accept(ourSubmitted.id)), id: ourSubmitted.id, action: 'referral.screen' },
      // Another area: even the same kind of agency, and the coordinator, reach nothing there.
      { what: 'our police edit a step of their police’s draft', as: ours.as.officer, call: () => saveStepAction(step(theirDraft.id)), id: theirDraft.id, action: 'referral.edit' },
      { what: 'our police submit their police’s draft', as: ours.as.officer, call: () => submitReferralAction({ referralId: theirDraft.id, version: 1 }), id: theirDraft.id, action: 'referral.edit' },
      { what: 'our coordinator edits their draft', as: ours.as.coordinator, call: () => saveStepAction(step(theirDraft.id)), id: theirDraft.id, action: 'referral.edit' },
      { what: 'our coordinator accepts their referral', as: ours.as.coordinator, call: () => screenReferralAction(accept(theirSubmitted.id)), id: theirSubmitted.id, action: 'referral.screen' },
      { what: 'our coordinator declines their referral', as: ours.as.coordinator, call: () => screenReferralAction(decline(theirSubmitted.id)), id: theirSubmitted.id, action: 'referral.screen' },
    ];
    for (const a of attempts) {
      await expectForgedRefused(world, { what: a.what, as: a.as, call: a.call, denied: { action: a.action, resourceType: 'referral', resourceId: a.id } });
    }
  });
});
