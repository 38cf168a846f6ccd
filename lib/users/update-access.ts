import 'server-only';
import { eq } from 'drizzle-orm';
import { agencies, users } from '@/db/schema';
import { assertCan, mayEver } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied, InputRejected } from '@/lib/errors';
import { loadUserRecord } from './load';
import type { z } from 'zod';
import { parseInput } from '@/lib/input/parse';
import { updateUserAccessSchema } from './schemas';
import { now } from '@/db/clock';

/**
 * Changes a user's role and agency (within the admin's area). The user's next request runs with
 * the new role: sessions read it from the user row each time.
 */
export async function updateUserAccess(viewer: Viewer, raw: z.input<typeof updateUserAccessSchema>): Promise<{ changed: string[] }> {
  const input = parseInput(updateUserAccessSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    const record = await loadUserRecord(tx, input.userId, true);
    if (!record) throw new AccessDenied('user.update', 'user', input.userId, true);
    assertCan(me, 'user.update', { areaId: record.areaId }, { type: 'user', id: input.userId });

    // An agency of another area (a forged id) is, to this viewer, an agency that does not exist.
    const [agency] = await tx.select().from(agencies).where(eq(agencies.id, input.agencyId)).limit(1);
    if (!agency) throw new AccessDenied('user.update', 'agency', input.agencyId, true);
    assertCan(me, 'user.update', { areaId: agency.areaId }, { type: 'agency', id: agency.id });
    if (me.userId === input.userId && !mayEver({ role: input.role }, 'user.update')) {
      throw new InputRejected({ role: 'You cannot remove your own administrator role. Ask another administrator' });
    }

    const changed: string[] = [];
    if (record.user.role !== input.role) changed.push('role');
    if (record.user.agencyId !== input.agencyId) changed.push('agency');
    if (changed.length === 0) return { changed };

    await tx
      .update(users)
      .set({ role: input.role, agencyId: input.agencyId, updatedAt: now() })
      .where(eq(users.id, input.userId));
    await recordAudit(tx, me, {
      action: 'user.update',
      resourceType: 'user',
      resourceId: input.userId,
      detail: changed.map((c) => (c === 'role' ? `role_${record.user.role}_to_${input.role}` : 'agency_changed')).join(','),
    });
    return { changed };
  });
}
