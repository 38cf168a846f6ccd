import 'server-only';
import { eq } from 'drizzle-orm';
import { agencies, users } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied, InputRejected } from '@/lib/errors';
import { newSetupToken } from './setup-token';
import type { z } from 'zod';
import { parseInput } from '@/lib/input/parse';
import { createUserSchema } from './schemas';

/**
 * An admin adds a user to an agency of their area. The user has no password: the admin is shown a
 * one-time set-up link (valid 72 hours) to pass on, and the user chooses their own password.
 */
export async function createUser(viewer: Viewer, raw: z.input<typeof createUserSchema>): Promise<{ userId: string; setupLink: string; expiresAt: Date }> {
  const input = parseInput(createUserSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const [agency] = await tx.select().from(agencies).where(eq(agencies.id, input.agencyId)).limit(1);
    // An agency of another area (a forged id) is, to this viewer, an agency that does not exist.
    if (!agency) throw new AccessDenied('user.create', 'agency', input.agencyId, true);
    assertCan(me, 'user.create', { areaId: agency.areaId }, { type: 'agency', id: agency.id });
    if (!agency.active) throw new InputRejected({ agencyId: 'This agency is closed. Select an open agency' });
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
    if (taken) throw new InputRejected({ email: 'A user with this email address already exists' });

    const setup = newSetupToken();
    const [created] = await tx
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        role: input.role,
        agencyId: agency.id,
        setupTokenHash: setup.hash,
        setupTokenExpiresAt: setup.expiresAt,
      })
      .returning({ id: users.id });
    await recordAudit(tx, me, { action: 'user.create', resourceType: 'user', resourceId: created.id, detail: `role_${input.role}` });
    return { userId: created.id, setupLink: setup.link, expiresAt: setup.expiresAt };
  });
}
