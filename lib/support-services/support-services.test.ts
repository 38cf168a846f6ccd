import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { supportServices } from '@/db/schema';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import { expectAudit } from '@/test/audit';
import { makeAreaWithStaff, newRequest } from '@/test/factories';
import { addSupportService, getAreaService, listAreaServices, supportDirectory, updateSupportService } from './directory';
import { nationalHelplines } from './national';

async function refused(work: Promise<unknown>) {
  return work.then(
    () => null,
    (e: unknown) => e,
  );
}

const service = { name: 'Testtown Stalking Clinic', description: 'Advice on Tuesdays', phone: '01632 960000', hours: 'Tuesdays 10am to 2pm', website: 'https://clinic.example' };

describe('the support directory', () => {
  it('lists the national helplines, then the services the area’s admins add, change and take out', async () => {
    const staff = await makeAreaWithStaff();
    const admin = staff.as.admin;
    const { id } = await addSupportService(admin, service);
    await expectAudit(admin, { action: 'support_service.add', outcome: 'allowed', resourceType: 'support_service', resourceId: id });
    const { id: second } = await addSupportService(newRequest(admin), { name: 'Testtown Refuge', phone: '', description: '', hours: '', website: '' });
    const rows = await listAreaServices(admin);
    expect(rows.map((r) => [r.name, r.position, r.updatedBy])).toEqual([
      [service.name, 1, staff.users.admin.id],
      ['Testtown Refuge', 2, staff.users.admin.id],
    ]);

    const directory = await supportDirectory(staff.as.housingOfficer);
    expect(directory.national).toBe(nationalHelplines);
    expect(directory.national.map((n) => n.name)).toContain('National Stalking Helpline (Suzy Lamplugh Trust)');
    expect(directory.local).toEqual([
      { name: service.name, description: service.description, phone: service.phone, hours: service.hours, website: service.website },
      { name: 'Testtown Refuge', description: null, phone: null, hours: null, website: null },
    ]);
    // Another area sees its own services only.
    expect((await supportDirectory((await makeAreaWithStaff()).as.officer)).local).toEqual([]);

    const taking = newRequest(admin);
    expect(await updateSupportService(taking, { ...service, serviceId: second, active: 'no', name: 'Testtown Refuge', version: 1 })).toEqual({ version: 2 });
    await expectAudit(taking, { action: 'support_service.update', outcome: 'allowed', resourceId: second, detail: 'not_listed' });
    expect((await supportDirectory(staff.as.officer)).local.map((s) => s.name)).toEqual([service.name]);
    expect(await refused(updateSupportService(newRequest(admin), { ...service, serviceId: second, active: 'yes', version: 1 }))).toBeInstanceOf(StaleVersion);

    const wrong = await refused(addSupportService(newRequest(admin), { ...service, website: 'javascript:alert(1)' }));
    expect((wrong as InputRejected).fieldErrors).toEqual({ website: 'Enter a website that starts with https://, like https://example.org' });
  });

  it('is kept by the area’s admins only: another area’s admin gets not found, audited; others may not', async () => {
    const staff = await makeAreaWithStaff();
    const other = await makeAreaWithStaff();
    const { id } = await addSupportService(staff.as.admin, service);
    const before = await (await getDb()).select().from(supportServices).where(eq(supportServices.id, id));

    const theirs = newRequest(other.as.admin);
    const err = await refused(updateSupportService(theirs, { ...service, serviceId: id, active: 'no', version: 1 }));
    expect((err as AccessDenied).asNotFound).toBe(true);
    await expectAudit(theirs, { action: 'support_service.edit', outcome: 'denied', resourceType: 'support_service', resourceId: id, detail: 'not_found' });
    expect(((await refused(getAreaService(newRequest(other.as.admin), id))) as AccessDenied).asNotFound).toBe(true);
    expect(((await refused(getAreaService(newRequest(staff.as.admin), 'nope'))) as AccessDenied).asNotFound).toBe(true);

    const coordinator = newRequest(staff.as.coordinator);
    expect(await refused(addSupportService(coordinator, service))).toBeInstanceOf(AccessDenied);
    await expectAudit(coordinator, { action: 'support_service.edit', outcome: 'denied', resourceType: 'support_service' });
    expect(await refused(listAreaServices(newRequest(staff.as.officer)))).toBeInstanceOf(AccessDenied);
    expect(await (await getDb()).select().from(supportServices).where(eq(supportServices.id, id))).toEqual(before);
  });
});
