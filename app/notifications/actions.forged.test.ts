import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { notifications } from '@/db/schema';
import { makeAreaWithStaff } from '@/test/factories';
import { makeActions } from '@/test/actions';
import { actAs, expectForgedRefused, snapshotOf } from '@/test/server-actions';
import { markAllReadAction } from './actions';
import { GET as openNotification } from './[id]/route';

vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));

describe('notification actions called with forged ids', () => {
  it('open (and so mark read) only the viewer’s own notifications: another person’s answers not found, unread, and is recorded', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    const world = [ours.area.id, theirs.area.id];
    const [ourAction] = await makeActions(ours, [{ agency: 'police', due: 7, description: 'Our action' }]);
    const [theirAction] = await makeActions(theirs, [{ agency: 'police', due: 7, description: 'Their action' }]);
    const db = await getDb();
    const [ourPolice, housing, theirPolice] = await db
      .insert(notifications)
      .values([
        { userId: ours.users.officer.id, kind: 'action_assigned', actionItemId: ourAction.id },
        { userId: ours.users.housingOfficer.id, kind: 'action_assigned', actionItemId: ourAction.id },
        { userId: theirs.users.officer.id, kind: 'action_assigned', actionItemId: theirAction.id },
      ])
      .returning();
    const open = (id: string) => () => openNotification(new Request(`http://localhost/notifications/${id}`), { params: Promise.resolve({ id }) });

    for (const [what, as, n] of [
      ['housing opens the police officer’s notification', ours.as.housingOfficer, ourPolice],
      ['our police open their police’s notification', ours.as.officer, theirPolice],
      ['our coordinator opens their police’s notification', ours.as.coordinator, theirPolice],
    ] as const) {
      await expectForgedRefused(world, { what, as, call: open(n.id), denied: { action: 'notification.open', resourceType: 'notification', resourceId: n.id } });
    }

    // "Mark all as read" takes no ids: ids slipped into its body are not read, and only the viewer's own are marked.
    const before = await snapshotOf(world);
    actAs(ours.as.housingOfficer);
    expect(await markAllReadAction({ userId: ours.users.officer.id, notificationIds: [ourPolice.id, theirPolice.id] })).toEqual({ ok: true, data: 1 });
    const after = await snapshotOf(world);
    const others = (rows: unknown[]) => (rows as { id: string }[]).filter((n) => n.id !== housing.id);
    expect(others(after.notifications)).toEqual(others(before.notifications));
    expect((after.notifications as { id: string; readAt: Date | null }[]).find((n) => n.id === housing.id)?.readAt).not.toBeNull();
  });
});
