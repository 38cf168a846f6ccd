import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/viewer-type';
import { updateActionItem } from '@/lib/action-items/work';
import { updateAgency } from '@/lib/agencies/save';
import { getCase } from '@/lib/cases/get';
import { revealProtectedFields } from '@/lib/cases/reveal';
import { AccessDenied } from '@/lib/errors';
import { buildAgenda, publishAgenda } from '@/lib/meetings/agenda';
import { scheduleMeeting } from '@/lib/meetings/schedule';
import { saveReferralStep } from '@/lib/referrals/save-step';
import { createUser } from '@/lib/users/create';
import { listUsers } from '@/lib/users/list';
import { disableUser } from '@/lib/users/set-active';
import { day, makeActions } from '@/test/actions';
import { auditInsertFailed, expectAudit, withAuditFailing } from '@/test/audit';
import { makeAcceptedCase, makeReferral } from '@/test/cases';
import { auditEventsOf, makeAreaWithStaff, newRequest } from '@/test/factories';
import { completeForm } from '@/test/referral-form';
import { snapshotOf } from '@/test/server-actions';

// The audit event of a change commits with the change, in one transaction: an event that cannot be
// written takes the change down with it, and a refusal that cannot be recorded is still a refusal.

type Staff = Awaited<ReturnType<typeof makeAreaWithStaff>>;

interface Change {
  /** Makes the change as the given viewer (a fresh request of `allowed` or of `refused`). */
  call: (viewer: Viewer) => Promise<unknown>;
  allowed: Viewer;
  /** The event the change writes. */
  event: { action: string; resourceType: string; resourceId?: string; detail?: string };
  refused: Viewer;
  /** The denied event of the refused viewer's attempt. */
  denied: { action: string; resourceType: string; resourceId: string; detail: 'not_found' | 'not_permitted' };
}

/** A representative change of each domain: its record made for it, who may make it, and who is refused it. */
const changes: { domain: string; arrange: (staff: Staff) => Promise<Change> }[] = [
  {
    domain: 'referrals: saving a step of a draft',
    arrange: async (staff) => {
      const draft = await makeReferral(staff, { victim: 'Audit Draft', status: 'draft' });
      const ref = { action: 'referral.edit', resourceType: 'referral', resourceId: draft.id };
      return {
        call: (v) => saveReferralStep(v, { referralId: draft.id, version: 1, step: 'victim', values: { ...completeForm().victim, name: 'Changed Name' } }),
        allowed: staff.as.officer,
        event: { ...ref, action: 'referral.save' },
        refused: staff.as.housingOfficer,
        denied: { ...ref, detail: 'not_found' },
      };
    },
  },
  {
    domain: 'cases: revealing the protected details (which tells the referrer)',
    arrange: async (staff) => {
      const c = await makeAcceptedCase(staff, { victim: 'Audit Case' });
      const ref = { action: 'case.reveal_protected', resourceType: 'case', resourceId: c.id };
      return {
        call: (v) => revealProtectedFields(v, { caseId: c.id, reason: `Arranging a joint visit, ${randomUUID()}` }),
        allowed: staff.as.coordinator,
        event: ref,
        refused: staff.as.housingOfficer,
        denied: { ...ref, detail: 'not_found' },
      };
    },
  },
  {
    domain: 'meetings: publishing an agenda',
    arrange: async (staff) => {
      await makeAcceptedCase(staff, { victim: 'Audit Listed' });
      const { meetingId } = await scheduleMeeting(staff.as.coordinator, { date: day(14), time: '10:00', venue: 'Room 1', videoLink: '', chairUserId: '' });
      await buildAgenda(staff.as.coordinator, meetingId);
      return {
        call: (v) => publishAgenda(v, meetingId),
        allowed: staff.as.coordinator,
        event: { action: 'agenda.publish', resourceType: 'meeting', resourceId: meetingId },
        refused: staff.as.chair,
        denied: { action: 'agenda.edit', resourceType: 'meeting', resourceId: meetingId, detail: 'not_permitted' },
      };
    },
  },
  {
    domain: 'action items: recording progress',
    arrange: async (staff) => {
      const [action] = await makeActions(staff, [{ agency: 'police', due: 7, description: 'Audit action' }]);
      const ref = { action: 'action_item.update', resourceType: 'action_item', resourceId: action.id };
      return {
        call: (v) => updateActionItem(v, { actionItemId: action.id, version: 1, status: 'in_progress', note: 'Booked' }),
        allowed: staff.as.officer,
        event: ref,
        refused: staff.as.housingOfficer,
        denied: { ...ref, detail: 'not_found' },
      };
    },
  },
  {
    domain: 'agencies: renaming an agency',
    arrange: async (staff) => {
      const ref = { action: 'agency.update', resourceType: 'agency', resourceId: staff.agencies.housing.id };
      return {
        call: (v) => updateAgency(v, { agencyId: staff.agencies.housing.id, name: `Renamed ${randomUUID().slice(0, 8)}`, type: 'housing', active: 'yes' }),
        allowed: staff.as.admin,
        event: ref,
        refused: staff.as.coordinator,
        denied: { ...ref, detail: 'not_permitted' },
      };
    },
  },
  {
    domain: 'users: disabling a user (which ends their sessions)',
    arrange: async (staff) => {
      const ref = { action: 'user.disable', resourceType: 'user', resourceId: staff.users.officer.id };
      return { call: (v) => disableUser(v, staff.users.officer.id), allowed: staff.as.admin, event: ref, refused: staff.as.coordinator, denied: { ...ref, detail: 'not_permitted' } };
    },
  },
  {
    domain: 'users: adding a user',
    arrange: async (staff) => {
      const agencyId = staff.agencies.housing.id;
      return {
        call: (v) => createUser(v, { name: 'Audit Person', email: `audit-${randomUUID()}@test.example`, role: 'agency', agencyId }),
        allowed: staff.as.admin,
        // The new user's id is not known before: the request's one user.create event, for a user of the agency's role.
        event: { action: 'user.create', resourceType: 'user', detail: 'role_agency' },
        refused: staff.as.coordinator,
        denied: { action: 'user.create', resourceType: 'agency', resourceId: agencyId, detail: 'not_permitted' },
      };
    },
  },
];

describe('the audit event and the change commit together', () => {
  it.each(changes)('$domain: when its audit event cannot be written, nothing of the change is written', async ({ arrange }) => {
    const staff = await makeAreaWithStaff();
    const change = await arrange(staff);
    const before = await snapshotOf([staff.area.id]);
    const attempt = newRequest(change.allowed);
    await expect(withAuditFailing(attempt, () => change.call(attempt))).rejects.toMatchObject(auditInsertFailed);
    expect(await snapshotOf([staff.area.id])).toEqual(before);
    expect(await auditEventsOf(attempt.requestId)).toEqual([]);

    // The same change with the audit log working is written, with its event: so the check above would see a change.
    const retry = newRequest(change.allowed);
    await change.call(retry);
    expect(await snapshotOf([staff.area.id])).not.toEqual(before);
    await expectAudit(retry, { ...change.event, outcome: 'allowed' });
  });

  it.each(changes)('$domain: when a refusal cannot be recorded, the caller is still refused and nothing is written', async ({ arrange }) => {
    const staff = await makeAreaWithStaff();
    const change = await arrange(staff);
    const before = await snapshotOf([staff.area.id]);
    const attempt = newRequest(change.refused);
    await expect(withAuditFailing(attempt, () => change.call(attempt))).rejects.toMatchObject(auditInsertFailed);
    expect(await snapshotOf([staff.area.id])).toEqual(before);
    expect(await auditEventsOf(attempt.requestId)).toEqual([]);

    // With the audit log working, the same attempt is refused and recorded.
    const again = newRequest(change.refused);
    await expect(change.call(again)).rejects.toBeInstanceOf(AccessDenied);
    await expectAudit(again, { ...change.denied, outcome: 'denied' });
    expect(await snapshotOf([staff.area.id])).toEqual(before);
  });
});

/** Reads whose audit event says who saw what: with no event, nothing is shown. */
const reads: { what: string; arrange: (staff: Staff) => Promise<{ viewer: Viewer; read: (viewer: Viewer) => Promise<unknown>; event: { action: string; resourceType: string; resourceId?: string } }> }[] = [
  {
    what: 'the area’s users',
    arrange: async (staff) => ({
      viewer: staff.as.admin,
      read: (v) => listUsers(v, { page: 1, pageSize: 10, sort: 'name', direction: 'asc' }),
      event: { action: 'user.list', resourceType: 'user' },
    }),
  },
  {
    what: 'a case',
    arrange: async (staff) => {
      const c = await makeAcceptedCase(staff, { victim: 'Audit Read' });
      return { viewer: staff.as.coordinator, read: (v) => getCase(v, c.id), event: { action: 'case.view', resourceType: 'case', resourceId: c.id } };
    },
  },
];

describe('a read and its audit event', () => {
  it.each(reads)('shows nothing of $what when the read’s audit event cannot be written', async ({ arrange }) => {
    const staff = await makeAreaWithStaff();
    const { viewer, read, event } = await arrange(staff);
    const attempt = newRequest(viewer);
    await expect(withAuditFailing(attempt, () => read(attempt))).rejects.toMatchObject(auditInsertFailed);
    expect(await auditEventsOf(attempt.requestId)).toEqual([]);

    const again = newRequest(viewer);
    await expect(read(again)).resolves.toBeDefined();
    await expectAudit(again, { ...event, outcome: 'allowed' });
  });
});
