import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db/client';
import { agencies, users } from '@/db/schema';
import { recordAudit, systemActor } from '@/lib/audit/record';
import { log } from '@/lib/logging/log';
import { inTransaction } from '@/lib/logging/transaction';
import { notifyUsers } from '@/lib/notifications/notify';
import { describeBreak, verifyAuditChain, type ChainBreak, type ChainReport } from './chain';

/** The people told that an area's audit log is broken: its enabled administrators and IG leads. */
async function guardiansOf(tx: Tx, areaId: string | null): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    // Events with no area (sign-ins with an unknown email) belong to the whole service: every area's.
    .where(and(areaId === null ? undefined : eq(agencies.areaId, areaId), eq(users.active, true), inArray(users.role, ['admin', 'ig_lead'])));
  return rows.map((r) => r.id);
}

/** The audit event's detail: a short code, ids only. */
const breakCode = (b: ChainBreak) => (b.eventId === null ? `${b.problem}_from_seq_${b.seq}` : `${b.problem}_at_event_${b.eventId}_seq_${b.seq}`);

/**
 * The daily job: checks every area's chain of audit events (the same check as `npm run audit:verify`).
 * Each area's head (its last number and hash) goes to the server's log, which is kept outside the
 * database: a chain rewritten whole by someone holding the database can be told from the heads logged
 * before. For each broken area, in one transaction: a notification to its administrators and IG leads
 * (ids only) and an `audit.chain_broken` event. While the chain stays broken, it is said again each day.
 */
export async function checkAuditChain(db?: Db): Promise<{ events: number; areas: number; broken: number; report: ChainReport }> {
  const handle = db ?? (await getDb());
  const report = await verifyAuditChain(handle);
  const actor = systemActor('audit-chain');
  for (const area of report.areas) {
    log.info({ job: 'audit-chain', areaId: area.areaId, events: area.events, headSeq: area.headSeq, headHash: area.headHash }, 'audit chain head');
  }
  for (const b of report.broken) {
    log.error({ job: 'audit-chain', areaId: b.areaId, problem: b.problem, eventId: b.eventId, seq: b.seq }, `audit chain broken: ${describeBreak(b)}`);
    await inTransaction(
      { verb: 'checkAuditChain', requestId: actor.requestId },
      async (tx) => {
        const told = { ...actor, areaId: b.areaId };
        await notifyUsers(tx, told, await guardiansOf(tx, b.areaId), 'audit_chain_broken', {});
        await recordAudit(tx, told, { action: 'audit.chain_broken', resourceType: 'audit_chain', resourceId: b.areaId ?? 'none', outcome: 'error', detail: breakCode(b) });
      },
      handle,
    );
  }
  return { events: report.events, areas: report.areas.length, broken: report.broken.length, report };
}
