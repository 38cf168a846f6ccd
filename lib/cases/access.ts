import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { cases, referrals, type Case } from '@/db/schema';
import { assertCan, type Action } from '@/lib/authz';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied } from '@/lib/errors';

/** The agencies with a part in a case: for now, those that referred it. */
export async function caseAgencyIds(tx: Tx, caseId: string): Promise<string[]> {
  const rows = await tx.selectDistinct({ id: referrals.referringAgencyId }).from(referrals).where(eq(referrals.caseId, caseId)).orderBy(asc(referrals.referringAgencyId));
  return rows.map((r) => r.id);
}

/** Loads a case the viewer may act on, or answers "not found" (and the refusal is audited). */
export async function loadCaseFor(tx: Tx, me: Viewer, caseId: string, action: Action): Promise<Case> {
  const [found] = await tx.select().from(cases).where(eq(cases.id, caseId)).limit(1);
  if (!found) throw new AccessDenied(action, 'case', caseId, true);
  assertCan(me, action, { areaId: found.areaId, caseAgencyIds: await caseAgencyIds(tx, found.id) }, { type: 'case', id: found.id });
  return found;
}
