import { describe, it, vi } from 'vitest';
import { withoutAccount } from '@/lib/action-items/labels';
import { makeAreaWithStaff } from '@/test/factories';
import { makeActions } from '@/test/actions';
import { expectForgedRefused } from '@/test/server-actions';
import { reassignActionItemAction, updateActionItemAction } from './actions';

vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));

describe('agreed-action actions called with forged ids', () => {
  it('answer not found to another agency of the area and to another area, change nothing, and record the refusal', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    const world = [ours.area.id, theirs.area.id];
    const [ourAction] = await makeActions(ours, [{ agency: 'police', due: 7, description: 'Our police action' }]);
    const [theirAction] = await makeActions(theirs, [{ agency: 'police', due: 7, description: 'Their police action' }]);
    const update = (actionItemId: string) => () => updateActionItemAction({ actionItemId, version: 1, status: 'completed', note: 'Forged completion' });
    const reassign = (actionItemId: string, ownerAgencyId: string) => () =>
      reassignActionItemAction({ actionItemId, version: 1, ownerAgencyId, ownerUserId: withoutAccount, ownerName: 'Forged Owner', note: 'Forged reassignment' });

    const attempts = [
      // Another agency of the same area: the action is the police's, not housing's.
      { what: 'housing updates the police’s action', as: ours.as.housingOfficer, call: update(ourAction.id), denied: { action: 'action_item.update', resourceType: 'action_item', resourceId: ourAction.id } },
      { what: 'housing reassigns the police’s action to itself', as: ours.as.housingOfficer, call: reassign(ourAction.id, ours.agencies.housing.id), denied: { action: 'action_item.update', resourceType: 'action_item', resourceId: ourAction.id } },
      // Another area.
      { what: 'our police update their police’s action', as: ours.as.officer, call: update(theirAction.id), denied: { action: 'action_item.update', resourceType: 'action_item', resourceId: theirAction.id } },
      { what: 'our coordinator updates their action', as: ours.as.coordinator, call: update(theirAction.id), denied: { action: 'action_item.update', resourceType: 'action_item', resourceId: theirAction.id } },
      { what: 'our chair updates their action', as: ours.as.chair, call: update(theirAction.id), denied: { action: 'action_item.update', resourceType: 'action_item', resourceId: theirAction.id } },
      { what: 'our coordinator reassigns their action to our housing', as: ours.as.coordinator, call: reassign(theirAction.id, ours.agencies.housing.id), denied: { action: 'action_item.update', resourceType: 'action_item', resourceId: theirAction.id } },
      // Our own action, given to an agency of another area.
      { what: 'our coordinator reassigns our action to their housing', as: ours.as.coordinator, call: reassign(ourAction.id, theirs.agencies.housing.id), denied: { action: 'action_item.reassign', resourceType: 'agency', resourceId: theirs.agencies.housing.id } },
    ];
    for (const a of attempts) await expectForgedRefused(world, a);
  });
});
