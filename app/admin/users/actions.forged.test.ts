import { describe, it, vi } from 'vitest';
import { endSessionAction } from '@/app/account/actions';
import { makeAreaWithStaff, makeUser } from '@/test/factories';
import { expectForgedRefused } from '@/test/server-actions';
import { createUserAction, disableUserAction, enableUserAction, issueSetupLinkAction, updateUserAccessAction } from './actions';

vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));

describe('user administration actions called with forged ids', () => {
  it('answer not found to an administrator of another area, change nothing, and record the refusal', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    const world = [ours.area.id, theirs.area.id];
    const officer = theirs.users.officer.id;
    // A disabled user of theirs, whom their administrator could re-enable.
    const left = await makeUser(theirs.agencies.housing.id, 'agency', { active: false });
    const user = (resourceId: string, action: string) => ({ action, resourceType: 'user', resourceId });

    const attempts = [
      { what: 'makes their officer a chair', call: () => updateUserAccessAction({ userId: officer, role: 'chair', agencyId: theirs.agencies.police.id }), denied: user(officer, 'user.update') },
      { what: 'moves their officer to our housing', call: () => updateUserAccessAction({ userId: officer, role: 'agency', agencyId: ours.agencies.housing.id }), denied: user(officer, 'user.update') },
      // Our own user, moved to an agency of another area.
      {
        what: 'moves our officer to their police',
        call: () => updateUserAccessAction({ userId: ours.users.officer.id, role: 'agency', agencyId: theirs.agencies.police.id }),
        denied: { action: 'user.update', resourceType: 'agency', resourceId: theirs.agencies.police.id },
      },
      {
        what: 'adds a user to their police',
        call: () => createUserAction({ name: 'Forged User', email: `forged-${crypto.randomUUID()}@test.example`, role: 'admin', agencyId: theirs.agencies.police.id }),
        denied: { action: 'user.create', resourceType: 'agency', resourceId: theirs.agencies.police.id },
      },
      { what: 'disables their officer', call: () => disableUserAction({ userId: officer }), denied: user(officer, 'user.disable') },
      { what: 're-enables their disabled user', call: () => enableUserAction({ userId: left.id }), denied: user(left.id, 'user.enable') },
      { what: 'gives their officer a set-up link', call: () => issueSetupLinkAction({ userId: officer }), denied: user(officer, 'user.issue_setup_link') },
      {
        what: 'ends their officer’s session',
        call: () => endSessionAction({ sessionId: theirs.as.officer.sessionId }),
        denied: { action: 'session.end', resourceType: 'session', resourceId: theirs.as.officer.sessionId },
      },
    ];
    for (const a of attempts) await expectForgedRefused(world, { ...a, what: `our administrator ${a.what}`, as: ours.as.admin });
  });
});
