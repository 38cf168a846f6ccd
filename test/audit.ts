// Assertions on the audit trail, for lib/ verb tests and server-action tests alike: the events one
// request wrote, and a way to make that request's audit inserts fail.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect, vi } from 'vitest';
import { getDb } from '@/db/client';
import type { AuditEvent } from '@/db/schema';
import type { AuditOutcome } from '@/db/enums';
import type { Viewer } from '@/lib/auth/viewer-type';
import { log } from '@/lib/logging/log';
import { auditEventsOf } from './factories';

export interface ExpectedEvent {
  action: string;
  outcome: AuditOutcome;
  resourceType?: string;
  resourceId?: string | null;
  caseId?: string | null;
  detail?: string | null;
  /** Whose event it is: the viewer's own unless given. */
  userId?: string | null;
}

const describeEvent = (e: AuditEvent) =>
  `${e.action} ${e.outcome} ${e.resourceType}:${e.resourceId ?? '-'}${e.detail ? ` (${e.detail})` : ''}${e.userId ? ` by ${e.userId}` : ''}`;

/**
 * Asserts that exactly one audit event written under the viewer's request id has these fields (and,
 * unless `userId` is given, is the viewer's own), and returns it. Exactly one, not at least one: a
 * verb that recorded its refusal twice, or a test that reused a request for two refusals of the same
 * kind, fails. Give each call its own request (`newRequest`, or `actAs` for server actions) when a
 * test is refused more than once alike. The failure message lists what the request did write.
 */
export async function expectAudit(viewer: Pick<Viewer, 'requestId'> & Partial<Pick<Viewer, 'userId'>>, expected: ExpectedEvent): Promise<AuditEvent> {
  const wanted: Partial<AuditEvent> = { ...(viewer.userId ? { userId: viewer.userId } : {}), ...expected };
  const events = await auditEventsOf(viewer.requestId);
  const matching = events.filter((e) => Object.entries(wanted).every(([key, value]) => e[key as keyof AuditEvent] === value));
  const written = events.length ? events.map((e) => `  ${describeEvent(e)}`).join('\n') : '  (none)';
  expect(matching.length, `one audit event ${JSON.stringify(wanted)} under request ${viewer.requestId}; the request wrote:\n${written}\n`).toBe(1);
  return matching[0];
}

const requestIdPattern = /^[\w:.-]{1,200}$/;

/**
 * Runs `work` while every audit insert under this viewer's request id fails, as a full disk or a
 * broken audit table would: a test-only trigger on audit_events, dropped afterwards. Other requests
 * (the test's own setup, other viewers) write their events as usual. The insert fails with SQL state
 * P0001, which the verb's transaction boundary turns into a DatabaseFailure. What the work logs as an error
 * (that failure's "database error" line) is left out of the test's output: lib/logging tests that line.
 */
export async function withAuditFailing<T>(viewer: Pick<Viewer, 'requestId'>, work: () => Promise<T>): Promise<T> {
  // The id goes into DDL, which takes no parameters: only the characters request ids are made of.
  if (!requestIdPattern.test(viewer.requestId)) throw new Error('withAuditFailing: unexpected characters in the request id');
  const db = await getDb();
  const trigger = `test_fail_audit_${randomUUID().replaceAll('-', '')}`;
  await db.execute(
    sql.raw(`create or replace function test_fail_audit() returns trigger language plpgsql as $$ begin raise exception 'audit store unavailable (test)'; end $$`),
  );
  await db.execute(
    sql.raw(`create trigger ${trigger} before insert on audit_events for each row when (new.request_id = '${viewer.requestId}') execute function test_fail_audit()`),
  );
  const quiet = vi.spyOn(log, 'error').mockImplementation(() => {});
  try {
    return await work();
  } finally {
    quiet.mockRestore();
    await db.execute(sql.raw(`drop trigger ${trigger} on audit_events`));
  }
}

/** What a verb whose audit insert failed rejects with: the database's error, as the transaction boundary reports it. */
export const auditInsertFailed = { name: 'DatabaseFailure', code: 'P0001' };
