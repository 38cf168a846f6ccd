import { describe, it, vi } from 'vitest';
import { addSupportService } from '@/lib/support-services/directory';
import { makeAreaWithStaff } from '@/test/factories';
import { expectForgedRefused } from '@/test/server-actions';
import { updateSupportServiceAction } from './actions';

vi.mock('@/lib/auth/current-viewer', () => import('@/test/server-actions').then((m) => m.fakeCurrentViewer));
vi.mock('next/cache', () => import('@/test/server-actions').then((m) => m.fakeNextCache));

const fields = { name: 'Forged service', description: '', phone: '', hours: '', website: '', active: 'yes' };

describe('support service actions called with forged ids', () => {
  it('answer not found to another area’s admin and to an id that names nothing, change nothing, and record the refusal', async () => {
    const ours = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    const { id } = await addSupportService(ours.as.admin, { ...fields, name: 'Our clinic' });
    const areas = [ours.area.id, theirs.area.id];
    const attempts = [
      { what: 'another area’s admin changes our service', as: theirs.as.admin, call: () => updateSupportServiceAction({ ...fields, serviceId: id, version: 1 }), denied: { action: 'support_service.edit', resourceType: 'support_service', resourceId: id } },
      {
        what: 'our admin names no service',
        as: ours.as.admin,
        call: () => updateSupportServiceAction({ ...fields, serviceId: 'not-an-id', version: 1 }),
        denied: { action: 'support_service.edit', resourceType: 'support_service', resourceId: null as unknown as string },
      },
    ];
    for (const a of attempts) await expectForgedRefused(areas, a);
  });
});
