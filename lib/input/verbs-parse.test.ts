import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { getActionItem, updateActionItem } from '@/lib/action-items/work';
import { getAgency } from '@/lib/agencies/get';
import { createAgency, updateAgency } from '@/lib/agencies/save';
import { endSession } from '@/lib/auth/end-session';
import type { Viewer } from '@/lib/auth/viewer-type';
import { getCase } from '@/lib/cases/get';
import { revealProtectedFields } from '@/lib/cases/reveal';
import { AccessDenied, InputRejected } from '@/lib/errors';
import { publishAgenda } from '@/lib/meetings/agenda';
import { getMeetingCase, recordAttendance, saveMinutes } from '@/lib/meetings/run';
import { openNotification } from '@/lib/notifications/list';
import { setEmailPreferences } from '@/lib/notifications/preferences';
import { getReferral } from '@/lib/referrals/get';
import { saveReferralStep } from '@/lib/referrals/save-step';
import { submitReferral } from '@/lib/referrals/submit';
import { createUser } from '@/lib/users/create';
import { disableUser } from '@/lib/users/set-active';
import { completeSetup } from '@/lib/users/setup-link';
import { makeActions } from '@/test/actions';
import { makeAcceptedCase, makeReferral } from '@/test/cases';
import { auditEventsOf, makeAreaWithStaff } from '@/test/factories';
import { makeMeetingsInEveryState } from '@/test/meetings';
import { snapshotOf } from '@/test/server-actions';

// The verbs' contract, whoever calls them (a job, a script, the demo, a test): called directly, not
// through a server action, with an object nobody checked, a verb refuses it as InputRejected with the
// field errors its form shows, before anything is written or asked of the database. An id given on its
// own that is not an id is answered exactly as an unknown id is: not found.

let staff: Awaited<ReturnType<typeof makeAreaWithStaff>>;
let everyState: Awaited<ReturnType<typeof makeMeetingsInEveryState>>;

beforeAll(async () => {
  staff = await makeAreaWithStaff();
  everyState = await makeMeetingsInEveryState(staff, 'Parse');
});

/** The viewer under a request id of its own, so that the audit events of one call can be read. */
const fresh = (viewer: Viewer): Viewer => ({ ...viewer, requestId: randomUUID() });

const hidden = /must not include hidden characters/;

async function expectInputRefused(as: Viewer, call: (viewer: Viewer) => Promise<unknown>, fieldErrors: Record<string, unknown>) {
  const before = await snapshotOf([staff.area.id]);
  const viewer = fresh(as);
  const err = await call(viewer).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputRejected);
  expect((err as InputRejected).fieldErrors).toEqual(fieldErrors);
  expect(await snapshotOf([staff.area.id]), 'nothing changed').toEqual(before);
  // Refused before the verb's transaction began: no event, no query.
  expect(await auditEventsOf(viewer.requestId)).toEqual([]);
}

/** A malformed id and an unknown one get the same answer and the same denied event (which names no record). */
async function expectNotFound(as: Viewer, call: (viewer: Viewer, id: string) => Promise<unknown>, denied: { action: string; resourceType: string }) {
  const refusalFor = async (id: string) => {
    const viewer = fresh(as);
    const before = await snapshotOf([staff.area.id]);
    const err = await call(viewer, id).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err, `id ${JSON.stringify(id)}`).toBeInstanceOf(AccessDenied);
    expect(await snapshotOf([staff.area.id]), 'nothing changed').toEqual(before);
    const events = (await auditEventsOf(viewer.requestId)).map((e) => ({ action: e.action, resourceType: e.resourceType, resourceId: e.resourceId, outcome: e.outcome, detail: e.detail }));
    const { action, resourceType, asNotFound, message } = err as AccessDenied;
    return { refusal: { action, resourceType, asNotFound, message }, events };
  };
  const unknownId = randomUUID();
  const unknown = await refusalFor(unknownId);
  expect(unknown.refusal).toEqual({ ...denied, asNotFound: true, message: 'Not found' });
  expect(unknown.events).toEqual([{ ...denied, resourceId: unknownId, outcome: 'denied', detail: 'not_found' }]);
  for (const malformed of ['abc', '', `${unknownId}x`, "' or 1=1 --", 'Ann\u0000']) {
    const answer = await refusalFor(malformed);
    expect(answer.refusal, `id ${JSON.stringify(malformed)}`).toEqual(unknown.refusal);
    expect(answer.events).toEqual([{ ...denied, resourceId: null, outcome: 'denied', detail: 'not_found' }]);
  }
}

describe('a verb called with input nobody checked', () => {
  it('an agreed action: a missing note, a wrong type, hidden characters, a malformed id', async () => {
    const [action] = await makeActions(staff, [{ agency: 'police', due: 7, description: 'Fit a door alarm' }]);
    const update = (rest: object) => (viewer: Viewer) => updateActionItem(viewer, { actionItemId: action.id, version: 1, status: 'in_progress', ...rest } as never);
    await expectInputRefused(staff.as.officer, update({}), { note: expect.any(String) });
    await expectInputRefused(staff.as.officer, update({ note: 'Booked', status: 7 }), { status: 'Select the status' });
    await expectInputRefused(staff.as.officer, update({ note: 'Booked', version: 'first' }), { version: expect.any(String) });
    await expectInputRefused(staff.as.officer, update({ note: 'Booked\u0000' }), { note: expect.stringMatching(hidden) });
    await expectInputRefused(staff.as.officer, update({ note: 'Booked', actionItemId: 'abc' }), { actionItemId: expect.any(String) });
    await expectNotFound(staff.as.officer, getActionItem, { action: 'action_item.view', resourceType: 'action_item' });
  });

  it('an agency and a user: a missing name, a value not in the list, a lone surrogate, a malformed id', async () => {
    const admin = staff.as.admin;
    await expectInputRefused(admin, (v) => createAgency(v, { type: 'police' } as never), { name: expect.any(String) });
    await expectInputRefused(admin, (v) => createAgency(v, { name: 'Refuge', type: 'spaceship' } as never), { type: 'Select the type of agency' });
    await expectInputRefused(admin, (v) => updateAgency(v, { agencyId: staff.agencies.housing.id, name: 'Housing', type: 'housing', active: true } as never), {
      active: 'Select whether the agency is open',
    });
    await expectInputRefused(admin, (v) => createUser(v, { name: 'Ann\uD800 Smith', email: 'ann@example.org', role: 'agency', agencyId: staff.agencies.police.id }), {
      name: expect.stringMatching(hidden),
    });
    await expectInputRefused(admin, (v) => createUser(v, { name: 'Ann Smith', email: 'ann@example.org', role: 'agency', agencyId: 'police' }), { agencyId: 'Select an agency' });
    await expectNotFound(staff.as.coordinator, getAgency, { action: 'agency.list', resourceType: 'agency' });
    await expectNotFound(admin, disableUser, { action: 'user.disable', resourceType: 'user' });
    await expectNotFound(staff.as.officer, endSession, { action: 'session.end', resourceType: 'session' });
  });

  it('a meeting: minutes with hidden characters, a register that is not a list, a malformed id', async () => {
    await expectInputRefused(staff.as.chair, (v) => saveMinutes(v, { agendaItemId: everyState.items.held.id, version: 0, decisions: 'Agreed\u0000' }), {
      decisions: expect.stringMatching(hidden),
    });
    await expectInputRefused(staff.as.coordinator, (v) => recordAttendance(v, { meetingId: everyState.meetings.published, entries: 'everyone' } as never), {
      entries: expect.any(String),
    });
    await expectNotFound(staff.as.coordinator, publishAgenda, { action: 'agenda.edit', resourceType: 'meeting' });
    await expectNotFound(staff.as.chair, getMeetingCase, { action: 'meeting.attend', resourceType: 'agenda_item' });
  });

  it('a referral: a missing version, a step that does not exist, hidden characters in a step, a malformed id', async () => {
    const draft = await makeReferral(staff, { victim: 'Parse Draft', status: 'draft' });
    const officer = staff.as.officer;
    await expectInputRefused(officer, (v) => submitReferral(v, { referralId: draft.id } as never), { version: expect.any(String) });
    await expectInputRefused(officer, (v) => saveReferralStep(v, { referralId: draft.id, version: draft.version, step: 'nonsense' as never, values: {} }), {
      form: 'The form could not be read. Reload the page and try again.',
    });
    await expectInputRefused(officer, (v) => saveReferralStep(v, { referralId: draft.id, version: draft.version, step: 'victim', values: { name: 'Ann\u0000' } }), {
      name: expect.stringMatching(hidden),
    });
    await expectNotFound(officer, getReferral, { action: 'referral.view', resourceType: 'referral' });
  });

  it('a case, notifications and a set-up link: an id that is not one, a kind not in the list, no token', async () => {
    const found = await makeAcceptedCase(staff, { victim: 'Parse Case' });
    await expectInputRefused(staff.as.housingOfficer, (v) => revealProtectedFields(v, { caseId: 'abc', reason: 'I need to arrange a home visit this week' }), {
      caseId: expect.any(String),
    });
    await expectInputRefused(staff.as.housingOfficer, (v) => revealProtectedFields(v, { caseId: found.id } as never), { reason: expect.any(String) });
    await expectNotFound(staff.as.coordinator, getCase, { action: 'case.view', resourceType: 'case' });
    await expectInputRefused(staff.as.officer, (v) => setEmailPreferences(v, { emailed: ['spam'] } as never), { emailed: expect.any(String) });
    await expectNotFound(staff.as.officer, openNotification, { action: 'notification.open', resourceType: 'notification' });
    const requestId = randomUUID();
    const before = await snapshotOf([staff.area.id]);
    await expect(completeSetup({ password: 'a long enough passphrase', confirm: 'a long enough passphrase' } as never, requestId)).rejects.toMatchObject({
      name: 'InputRejected',
      fieldErrors: { token: expect.any(String) },
    });
    expect(await snapshotOf([staff.area.id])).toEqual(before);
    expect(await auditEventsOf(requestId)).toEqual([]);
  });
});
