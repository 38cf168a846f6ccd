import { describe, expect, it, vi } from 'vitest';
import { makeAreaWithStaff } from '@/test/factories';
import { actAs, expectForgedRefused, snapshotOf } from '@/test/server-actions';
import { endSessionAction, saveEmailPreferencesAction } from './actions';

vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));

describe('account actions called with forged ids', () => {
  it('end only the viewer’s own sessions and set only their own emails: anyone else’s session answers not found, and is recorded', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    const world = [ours.area.id, theirs.area.id];

    for (const [what, as, session] of [
      ['housing ends the police officer’s session', ours.as.housingOfficer, ours.as.officer.sessionId],
      ['our chair ends our coordinator’s session', ours.as.chair, ours.as.coordinator.sessionId],
      ['our police end their police’s session', ours.as.officer, theirs.as.officer.sessionId],
      ['our coordinator ends their coordinator’s session', ours.as.coordinator, theirs.as.coordinator.sessionId],
    ] as const) {
      await expectForgedRefused(world, { what, as, call: () => endSessionAction({ sessionId: session }), denied: { action: 'session.end', resourceType: 'session', resourceId: session } });
    }

    // Email choices take no user id: one slipped into the body is not read, and only the viewer's own change.
    const theirsBefore = await snapshotOf([theirs.area.id]);
    const oursBefore = await snapshotOf([ours.area.id]);
    actAs(ours.as.housingOfficer);
    expect(await saveEmailPreferencesAction({ userId: theirs.users.officer.id, emailed: [] })).toEqual({ ok: true, data: null });
    actAs(ours.as.officer);
    expect(await saveEmailPreferencesAction({ userId: ours.users.chair.id, emailed: [] })).toEqual({ ok: true, data: null });
    expect(await snapshotOf([theirs.area.id])).toEqual(theirsBefore);
    const oursAfter = await snapshotOf([ours.area.id]);
    expect(oursBefore.emailPreferences).toEqual([]);
    expect((oursAfter.emailPreferences as { userId: string }[]).map((p) => p.userId).sort()).toEqual([ours.users.housingOfficer.id, ours.users.officer.id].sort());
  });
});
