import 'server-only';
import type { Tx } from '@/db/client';
import { auditEvents } from '@/db/schema/audit';
import { type AuditOutcome } from '@/db/enums';

/** Who did it, as far as it is known (an unknown email at sign-in has no user). */
export interface AuditActor {
  userId?: string | null;
  agencyId?: string | null;
  areaId?: string | null;
  role?: string | null;
  requestId?: string | null;
}

export interface AuditEntry {
  /** A dotted verb: `user.create`, `sign_in.failed`, `audit.list`. */
  action: string;
  resourceType: string;
  resourceId?: string | null;
  caseId?: string | null;
  /** Every case a page or download showed, when it showed more than one. */
  caseIds?: readonly string[] | null;
  outcome?: AuditOutcome;
  justification?: string | null;
  /** A short code, never personal data. */
  detail?: string | null;
}

/**
 * Writes one audit event with the caller's transaction handle, so the event and the read or change
 * it describes commit together; if the insert fails, the whole transaction fails.
 */
export async function recordAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    userId: actor.userId ?? null,
    agencyId: actor.agencyId ?? null,
    areaId: actor.areaId ?? null,
    role: actor.role ?? null,
    requestId: actor.requestId ?? null,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId ?? null,
    caseId: entry.caseId ?? null,
    caseIds: entry.caseIds?.length ? [...entry.caseIds] : null,
    outcome: entry.outcome ?? 'allowed',
    justification: entry.justification ?? null,
    detail: entry.detail ?? null,
  });
}

/**
 * The actor of a scheduled job: no user; its audit events share a request id naming the job run. Give
 * it the area of each record it touches, so the area's audit log shows what the job did.
 */
export function systemActor(job: string): AuditActor {
  return { role: 'system', requestId: `job:${job}:${crypto.randomUUID()}` };
}
