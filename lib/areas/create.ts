import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { agencies, areas, users } from '@/db/schema';
import { recordAudit, systemActor } from '@/lib/audit/record';
import { InputRejected } from '@/lib/errors';
import { newSetupToken } from '@/lib/users/setup-token';
import type { z } from 'zod';
import { parseInput } from '@/lib/input/parse';
import { createAreaSchema } from './schemas';
import { inTransaction } from '@/lib/logging/transaction';

/**
 * Sets up a new MARAC area: the area, the agency its first administrator works for, and that
 * administrator, who gets a set-up link to choose a password. Run by whoever installs Marac Hub
 * (`npm run area:create`), not from the app: no one is signed in to an area that does not exist yet.
 * Everything after this is done in the app by that administrator.
 */
export async function createArea(input: z.input<typeof createAreaSchema>): Promise<{ areaId: string; agencyId: string; adminUserId: string; setupLink: string }> {
  const parsed = parseInput(createAreaSchema, input);
  const db = await getDb();
  return inTransaction({ verb: 'createArea', requestId: null }, async (tx) => {
    const [clash] = await tx.select({ id: areas.id }).from(areas).where(sql`lower(${areas.name}) = lower(${parsed.name})`).limit(1);
    if (clash) throw new InputRejected({ name: 'An area with this name already exists' });
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, parsed.adminEmail)).limit(1);
    if (taken) throw new InputRejected({ adminEmail: 'A user with this email address already exists' });

    const [area] = await tx.insert(areas).values({ name: parsed.name, caseNumberPrefix: parsed.caseNumberPrefix }).returning({ id: areas.id });
    const [agency] = await tx.insert(agencies).values({ areaId: area.id, name: parsed.agencyName, type: parsed.agencyType }).returning({ id: agencies.id });
    const setup = newSetupToken();
    const [admin] = await tx
      .insert(users)
      .values({ name: parsed.adminName, email: parsed.adminEmail, role: 'admin', agencyId: agency.id, setupTokenHash: setup.hash, setupTokenExpiresAt: setup.expiresAt })
      .returning({ id: users.id });

    const actor = { ...systemActor('area-setup'), areaId: area.id };
    await recordAudit(tx, actor, { action: 'area.create', resourceType: 'area', resourceId: area.id });
    await recordAudit(tx, actor, { action: 'agency.create', resourceType: 'agency', resourceId: agency.id });
    await recordAudit(tx, actor, { action: 'user.create', resourceType: 'user', resourceId: admin.id, detail: 'role_admin' });
    return { areaId: area.id, agencyId: agency.id, adminUserId: admin.id, setupLink: setup.link };
  }, db);
}
