import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agencies, areas, auditEvents, users } from '@/db/schema';
import { InputRejected } from '@/lib/errors';
import { completeSetup } from '@/lib/users/setup-link';
import { createArea } from './create';

const input = (suffix: string) => ({
  name: `Harrowfield ${suffix}`,
  caseNumberPrefix: 'HF',
  agencyName: 'Harrowfield Community Safety Partnership',
  agencyType: 'other' as const,
  adminName: 'Priya Lund',
  adminEmail: `Priya.Lund.${suffix}@Harrowfield.example`,
});

describe('setting up an area', () => {
  it('makes the area, its first agency and an administrator who chooses a password through the set-up link, all audited', async () => {
    const created = await createArea(input('a'));
    const db = await getDb();
    const [area] = await db.select().from(areas).where(eq(areas.id, created.areaId));
    expect(area).toMatchObject({ name: 'Harrowfield a', caseNumberPrefix: 'HF' });
    const [admin] = await db.select().from(users).where(eq(users.id, created.adminUserId));
    expect(admin).toMatchObject({ role: 'admin', agencyId: created.agencyId, email: 'priya.lund.a@harrowfield.example', passwordHash: null });
    const [agency] = await db.select().from(agencies).where(eq(agencies.id, created.agencyId));
    expect(agency.areaId).toBe(area.id);

    const events = await db.select().from(auditEvents).where(eq(auditEvents.areaId, area.id));
    expect(events.map((e) => [e.action, e.resourceId, e.role])).toEqual([
      ['area.create', area.id, 'system'],
      ['agency.create', agency.id, 'system'],
      ['user.create', admin.id, 'system'],
    ]);

    const token = created.setupLink.slice(created.setupLink.lastIndexOf('/') + 1);
    await completeSetup({ token, password: 'a long admin passphrase 42', confirm: 'a long admin passphrase 42' }, 'test');
    const [ready] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, admin.id));
    expect(ready.passwordHash).toBeTruthy();
  });

  it('refuses a second area of the same name, or an email already in use, and writes nothing', async () => {
    await createArea(input('b'));
    const db = await getDb();
    const before = (await db.select().from(areas)).length;
    await expect(createArea({ ...input('b'), adminEmail: 'someone.else@harrowfield.example' })).rejects.toBeInstanceOf(InputRejected);
    await expect(createArea({ ...input('b'), name: 'Harrowfield c' })).rejects.toThrow('A user with this email address already exists');
    expect((await db.select().from(areas)).length).toBe(before);
  });

  it('refuses a case number prefix that is not 2 to 6 capital letters', async () => {
    await expect(createArea({ ...input('d'), caseNumberPrefix: 'kv-1' })).rejects.toThrow(/2 to 6 capital letters/);
  });
});
