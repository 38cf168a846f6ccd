import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, notifications } from '@/db/schema';
import { makeAreaWithStaff, makeUser } from '@/test/factories';
import { log } from '@/lib/logging/log';
import { openNotification } from '@/lib/notifications/list';
import { checkAuditChain } from './chain-check';
import { recordAudit } from './record';

async function areaWithEvents() {
  const staff = await makeAreaWithStaff();
  const igLead = await makeUser(staff.agencies.csp.id, 'ig_lead');
  const db = await getDb();
  for (let i = 0; i < 3; i++) {
    await db.transaction((tx) => recordAudit(tx, { areaId: staff.area.id, role: 'system' }, { action: 'test.chain_check', resourceType: 'test', resourceId: String(i) }));
  }
  const ids = (await db.select({ id: auditEvents.id }).from(auditEvents).where(and(eq(auditEvents.areaId, staff.area.id), eq(auditEvents.action, 'test.chain_check'))).orderBy(asc(auditEvents.id))).map((r) => r.id);
  return { staff, igLead, ids };
}

const toldOf = async (userIds: string[]) =>
  (await getDb()).select({ userId: notifications.userId, kind: notifications.kind }).from(notifications).where(and(inArray(notifications.userId, userIds), eq(notifications.kind, 'audit_chain_broken')));

describe('the daily check of the audit log', () => {
  // The heads and breaks it logs (ids and hashes only) stay out of the test's output.
  beforeEach(() => {
    const info = vi.spyOn(log, 'info').mockImplementation(() => {});
    const error = vi.spyOn(log, 'error').mockImplementation(() => {});
    return () => {
      info.mockRestore();
      error.mockRestore();
    };
  });

  it('tells a broken area’s administrators and IG leads, ids only, and records it; other areas hear nothing', async () => {
    const broken = await areaWithEvents();
    const whole = await areaWithEvents();
    const db = await getDb();
    await db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_no_update_or_delete`);
      await tx.execute(sql`update audit_events set resource_id = 'rewritten' where id = ${broken.ids[1]}`);
      await tx.execute(sql`alter table audit_events enable trigger audit_events_no_update_or_delete`);
    });

    const result = await checkAuditChain();
    expect(result.broken).toBeGreaterThanOrEqual(1);
    expect(result.report.broken).toContainEqual({ areaId: broken.staff.area.id, problem: 'hash_mismatch', eventId: broken.ids[1], seq: expect.any(Number) });

    const told = await toldOf([broken.staff.users.admin.id, broken.igLead.id, broken.staff.users.coordinator.id, whole.staff.users.admin.id, whole.igLead.id]);
    expect(told.map((n) => n.userId).sort()).toEqual([broken.staff.users.admin.id, broken.igLead.id].sort());
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'audit.chain_broken'), eq(auditEvents.areaId, broken.staff.area.id)));
    expect(event).toMatchObject({ role: 'system', resourceType: 'audit_chain', resourceId: broken.staff.area.id, outcome: 'error' });
    expect(event.detail).toMatch(new RegExp(`^hash_mismatch_at_event_${broken.ids[1]}_seq_\\d+$`));
    // Each notification is an event of its own (notification.send), under the job's request.
    const sent = await db.select().from(auditEvents).where(and(eq(auditEvents.requestId, event.requestId!), eq(auditEvents.action, 'notification.send')));
    expect(sent).toHaveLength(2);
    // The notification leads to the audit log's events of the check.
    const [n] = await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.userId, broken.staff.users.admin.id), eq(notifications.kind, 'audit_chain_broken')));
    expect(await openNotification(broken.staff.as.admin, n.id)).toBe('/audit?action=audit.chain_broken');
    // The events it wrote chain on from the broken area's head: the next check names the same first break.
    const again = await checkAuditChain();
    expect(again.report.broken.find((b) => b.areaId === broken.staff.area.id)).toMatchObject({ eventId: broken.ids[1] });
    expect(again.report.areas.find((a) => a.areaId === whole.staff.area.id)?.broken).toBeNull();
  });

  it('says nothing when every chain holds', async () => {
    const whole = await areaWithEvents();
    const result = await checkAuditChain();
    expect(result.report.areas.find((a) => a.areaId === whole.staff.area.id)).toMatchObject({ broken: null, events: expect.any(Number) });
    expect(await toldOf([whole.staff.users.admin.id, whole.igLead.id])).toEqual([]);
  });
});
