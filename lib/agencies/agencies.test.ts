import { describe, expect, it } from 'vitest';
import { AccessDenied, InputRejected } from '@/lib/errors';
import { expectAudit } from '@/test/audit';
import { auditEventsFor, makeAreaWithStaff } from '@/test/factories';
import { getAgency } from './get';
import { listAgencies } from './list';
import { createAgency, updateAgency } from './save';

describe('agencies', () => {
  it('an admin adds and edits an agency of their area', async () => {
    const { as } = await makeAreaWithStaff();
    const { agencyId } = await createAgency(as.admin, { name: 'Vale Schools', type: 'education' });
    await updateAgency(as.admin, { agencyId, name: 'Vale Schools Safeguarding', type: 'education', active: 'no' });
    expect(await getAgency(as.coordinator, agencyId)).toMatchObject({ name: 'Vale Schools Safeguarding', active: false });
    expect((await auditEventsFor(agencyId)).map((e) => e.action)).toEqual(['agency.create', 'agency.update', 'agency.view']);
  });

  it('refuses a duplicate name in the same area, whatever its case', async () => {
    const { as, agencies } = await makeAreaWithStaff();
    await expect(createAgency(as.admin, { name: agencies.police.name.toUpperCase(), type: 'police' })).rejects.toBeInstanceOf(InputRejected);
  });

  it('lists the area’s agencies for coordinators and chairs but not agency users', async () => {
    const { as } = await makeAreaWithStaff();
    expect(await listAgencies(as.chair)).toHaveLength(3);
    await expect(listAgencies(as.officer)).rejects.toBeInstanceOf(AccessDenied);
    await expect(createAgency(as.coordinator, { name: 'X', type: 'other' })).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(as.officer, { action: 'agency.list', outcome: 'denied', resourceType: 'agency', resourceId: null, detail: 'not_permitted' });
    await expectAudit(as.coordinator, { action: 'agency.create', outcome: 'denied', resourceType: 'agency', resourceId: null, detail: 'not_permitted' });
  });

  it('answers "not found" for another area’s agency', async () => {
    const mine = await makeAreaWithStaff();
    const theirs = await makeAreaWithStaff();
    await expect(getAgency(mine.as.admin, theirs.agencies.police.id)).rejects.toMatchObject({ asNotFound: true });
    await expect(updateAgency(mine.as.admin, { agencyId: theirs.agencies.police.id, name: 'Hijacked', type: 'police', active: 'yes' })).rejects.toMatchObject({ asNotFound: true });
    const police = { outcome: 'denied', resourceType: 'agency', resourceId: theirs.agencies.police.id, detail: 'not_found' } as const;
    await expectAudit(mine.as.admin, { ...police, action: 'agency.list' });
    await expectAudit(mine.as.admin, { ...police, action: 'agency.update' });
  });
});
