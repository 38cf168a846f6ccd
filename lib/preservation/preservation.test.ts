import { describe, expect, it } from 'vitest';
import { getDashboard } from '@/lib/dashboard/get';
import { eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { todayInUk } from '@/db/clock';
import { notifications, preservationRequests } from '@/db/schema';
import { daysAfter } from '@/lib/dates/calendar-date';
import { AccessDenied, InputRejected, StaleVersion } from '@/lib/errors';
import { deliverEmails } from '@/lib/notifications/email-delivery';
import { expectAudit } from '@/test/audit';
import { makeAcceptedCase } from '@/test/cases';
import { makeAgency, makeAreaWithStaff, makeUser, newRequest } from '@/test/factories';
import { smtpServerForTests } from '@/test/smtp';
import { flagPreservationDeadlines } from './deadline-flags';
import { extendPreservationRequest, getPreservationRequest, listPreservationRequests, recordPreservationRequest, updatePreservationRequest } from './requests';
import type { RecordPreservationInput } from './schemas';

type Staff = Awaited<ReturnType<typeof makeAreaWithStaff>>;

const SENTINEL_PLATFORM = 'Sentinelgram';
const SENTINEL_ACCOUNT = '@sentinel_account_4471';

const today = todayInUk();
const daysAgo = (n: number) => daysAfter(today, -n);

const fields = (caseId: string, o: Record<string, unknown> = {}) =>
  ({
    caseId,
    platform: SENTINEL_PLATFORM,
    accountIdentifiers: SENTINEL_ACCOUNT,
    whatToPreserve: 'Messages and login records since 1 September',
    status: 'sent',
    sentOn: daysAgo(10),
    platformReference: '',
    deadlineOn: '',
    ...o,
  }) as RecordPreservationInput;

async function refused(work: Promise<unknown>) {
  return work.then(
    () => null,
    (e: unknown) => e,
  );
}

async function expectNotFound(work: Promise<unknown>) {
  const err = await refused(work);
  expect(err).toBeInstanceOf(AccessDenied);
  expect((err as AccessDenied).asNotFound).toBe(true);
}

async function rowOf(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(preservationRequests).where(eq(preservationRequests.id, id));
  return row;
}

describe('platform data-preservation requests', () => {
  it('are recorded by the police with a deadline 90 days after sending, move forward through their statuses, and are extended once', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Preserved Victim' });
    const officer = staff.as.officer;

    const draft = await recordPreservationRequest(officer, fields(c.id, { status: 'drafted', sentOn: '' }));
    await expectAudit(officer, { action: 'preservation.record', outcome: 'allowed', resourceType: 'preservation_request', resourceId: draft.id, caseId: c.id, detail: 'status_drafted' });
    expect(await rowOf(draft.id)).toMatchObject({ status: 'drafted', sentOn: null, deadlineOn: null, requestedBy: staff.users.officer.id, requestedAgencyId: staff.agencies.police.id, version: 1 });

    // Sent: the deadline runs from the day it was sent.
    const sending = newRequest(officer);
    expect(await updatePreservationRequest(sending, { ...fields(c.id, { sentOn: daysAgo(3), platformReference: 'LE-123' }), requestId: draft.id, version: 1 })).toEqual({ version: 2 });
    expect(await rowOf(draft.id)).toMatchObject({ status: 'sent', sentOn: daysAgo(3), deadlineOn: daysAfter(daysAgo(3), 90), platformReference: 'LE-123', version: 2 });
    await expectAudit(sending, { action: 'preservation.update', outcome: 'allowed', resourceId: draft.id, detail: 'status_sent' });

    // A save from the old version is refused; so is a status it cannot move to.
    expect(await refused(updatePreservationRequest(newRequest(officer), { ...fields(c.id, { status: 'acknowledged' }), requestId: draft.id, version: 1 }))).toBeInstanceOf(StaleVersion);
    const backwards = await refused(updatePreservationRequest(newRequest(officer), { ...fields(c.id, { status: 'drafted' }), requestId: draft.id, version: 2 }));
    expect((backwards as InputRejected).fieldErrors).toEqual({ status: 'Select a status this request can move to' });
    const skipped = await refused(updatePreservationRequest(newRequest(officer), { ...fields(c.id, { status: 'disclosed', sentOn: daysAgo(3) }), requestId: draft.id, version: 2 }));
    expect(skipped).toBeInstanceOf(InputRejected);

    // The platform gives its own deadline: it is kept as typed.
    await updatePreservationRequest(newRequest(officer), { ...fields(c.id, { status: 'acknowledged', sentOn: daysAgo(3), deadlineOn: daysAfter(today, 30) }), requestId: draft.id, version: 2 });
    expect(await rowOf(draft.id)).toMatchObject({ status: 'acknowledged', deadlineOn: daysAfter(today, 30), version: 3 });

    // One extension of 90 days, then no more.
    const extending = newRequest(officer);
    expect(await extendPreservationRequest(extending, { caseId: c.id, requestId: draft.id, version: 3 })).toEqual({ version: 4, deadlineOn: daysAfter(today, 120) });
    await expectAudit(extending, { action: 'preservation.extend', outcome: 'allowed', resourceId: draft.id, caseId: c.id });
    expect(await rowOf(draft.id)).toMatchObject({ extendedOn: today, deadlineOn: daysAfter(today, 120) });
    expect(await refused(extendPreservationRequest(newRequest(officer), { caseId: c.id, requestId: draft.id, version: 4 }))).toBeInstanceOf(InputRejected);

    // Seen by everyone who sees the case; the list names it, the page says who asked.
    const reader = newRequest(staff.as.coordinator);
    const list = await listPreservationRequests(reader, { caseId: c.id });
    expect(list.requests.map((r) => [r.platform, r.status, r.extended])).toEqual([[SENTINEL_PLATFORM, 'acknowledged', true]]);
    expect(list.canRecord).toBe(false);
    await expectAudit(reader, { action: 'preservation.list', outcome: 'allowed', resourceType: 'case', resourceId: c.id, detail: 'rows_1' });
    const page = await getPreservationRequest(newRequest(officer), { caseId: c.id, requestId: draft.id });
    expect(page).toMatchObject({ canUpdate: true, canExtend: false, request: { requestedByName: staff.users.officer.name, requestedAgencyName: staff.agencies.police.name } });
  });

  it('answers not found to those outside the case, and to those in it who are not the police, and records the refusal', async () => {
    const staff = await makeAreaWithStaff();
    const other = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Refused Victim' });
    const { id } = await recordPreservationRequest(staff.as.officer, fields(c.id));
    const before = await rowOf(id);

    const housing = newRequest(staff.as.housingOfficer);
    await expectNotFound(listPreservationRequests(housing, { caseId: c.id }));
    await expectAudit(housing, { action: 'preservation.view', outcome: 'denied', resourceType: 'case', resourceId: c.id, detail: 'not_found' });

    const coordinator = newRequest(staff.as.coordinator);
    await expectNotFound(updatePreservationRequest(coordinator, { ...fields(c.id), requestId: id, version: 1 }));
    await expectAudit(coordinator, { action: 'preservation.update', outcome: 'denied', resourceType: 'case', resourceId: c.id, detail: 'not_found' });

    const theirPolice = newRequest(other.as.officer);
    await expectNotFound(recordPreservationRequest(theirPolice, fields(c.id)));
    await expectAudit(theirPolice, { action: 'preservation.view', outcome: 'denied', resourceType: 'case', resourceId: c.id, detail: 'not_found' });

    // A request of another case, named on this one, is not found either.
    const otherCase = await makeAcceptedCase(staff, { victim: 'Other Victim' });
    const wrongCase = newRequest(staff.as.officer);
    await expectNotFound(getPreservationRequest(wrongCase, { caseId: otherCase.id, requestId: id }));
    await expectAudit(wrongCase, { action: 'preservation.view', outcome: 'denied', resourceType: 'preservation_request', resourceId: null, detail: 'not_found' });
    await expectNotFound(getPreservationRequest(newRequest(staff.as.officer), { caseId: c.id, requestId: 'not-an-id' }));

    expect(await rowOf(id)).toEqual(before);
  });

  it('shows a police user the requests of their cases near the deadline, and no one else', async () => {
    const staff = await makeAreaWithStaff();
    const c = await makeAcceptedCase(staff, { victim: 'Dashboard Victim' });
    const near = await recordPreservationRequest(staff.as.officer, fields(c.id, { sentOn: daysAgo(80) }));
    await recordPreservationRequest(staff.as.officer, fields(c.id, { sentOn: daysAgo(10) }));
    const officer = newRequest(staff.as.officer);
    const panel = (await getDashboard(officer)).preservationDeadlines;
    expect(panel).toEqual({ total: 1, requests: [{ id: near.id, caseId: c.id, caseNumber: c.number, platform: SENTINEL_PLATFORM, status: 'sent', deadlineOn: daysAfter(today, 10) }] });
    await expectAudit(officer, { action: 'preservation.list_near', outcome: 'allowed', resourceType: 'preservation_request' });
    expect((await getDashboard(staff.as.housingOfficer)).preservationDeadlines).toBeNull();
    expect((await getDashboard(staff.as.coordinator)).preservationDeadlines).toBeNull();
  });
});

describe('the preservation deadline job', () => {
  const smtp = smtpServerForTests();

  async function world() {
    const staff: Staff = await makeAreaWithStaff();
    // A second police force's team in the area, with no part in the case: not told.
    const otherPolice = await makeAgency(staff.area.id, 'police');
    const outsider = await makeUser(otherPolice.id, 'agency');
    const c = await makeAcceptedCase(staff, { victim: 'Flagged Victim' });
    const record = (o: Record<string, unknown>) => recordPreservationRequest(staff.as.officer, fields(c.id, o));
    const tenDays = await record({ sentOn: daysAgo(80) });
    const fourteen = await record({ sentOn: daysAgo(76) });
    const sixteen = await record({ sentOn: daysAgo(74) });
    const fresh = await record({ sentOn: daysAgo(10) });
    const drafted = await record({ status: 'drafted', sentOn: '' });
    const preserved = await record({ sentOn: daysAgo(85) });
    await updatePreservationRequest(staff.as.officer, { ...fields(c.id, { status: 'preserved', sentOn: daysAgo(85) }), requestId: preserved.id, version: 1 });
    return { staff, outsider, c, tenDays, fourteen, sixteen, fresh, drafted, preserved };
  }

  async function sentFor(userIds: string[]) {
    const db = await getDb();
    return db.select().from(notifications).where(inArray(notifications.userId, userIds));
  }

  it('flags each request awaiting the platform 15 days before its deadline, once, to the police users of the case, by a notification and an email naming nothing', async () => {
    const { staff, outsider, c, tenDays, fourteen, sixteen, fresh, drafted, preserved } = await world();
    const everyone = [...Object.values(staff.users).map((u) => u.id), outsider.id];

    await Promise.all([flagPreservationDeadlines(), flagPreservationDeadlines()]);
    expect(await flagPreservationDeadlines()).toEqual({ flagged: 0 });

    const flagged = await Promise.all([tenDays, fourteen, sixteen, fresh, drafted, preserved].map((r) => rowOf(r.id)));
    expect(flagged.map((r) => r.flaggedAt !== null)).toEqual([true, true, false, false, false, false]);

    // The police of the case (its officer, and the chair who is police); not housing, the coordinator, the admin, or the other police team.
    const sent = await sentFor(everyone);
    expect(sent.map((n) => [n.userId, n.kind, n.caseId]).sort()).toEqual(
      [
        [staff.users.officer.id, 'preservation_deadline_near', c.id],
        [staff.users.officer.id, 'preservation_deadline_near', c.id],
        [staff.users.chair.id, 'preservation_deadline_near', c.id],
        [staff.users.chair.id, 'preservation_deadline_near', c.id],
      ].sort(),
    );

    await deliverEmails();
    for (const user of [staff.users.officer, staff.users.chair]) expect(smtp().to(user.email)).toHaveLength(1);
    for (const user of [staff.users.housingOfficer, staff.users.coordinator, staff.users.admin, outsider]) expect(smtp().to(user.email)).toHaveLength(0);
    for (const { mail } of [...smtp().to(staff.users.officer.email), ...smtp().to(staff.users.chair.email)]) {
      const whole = `${mail.subject}\n${mail.text}\n${mail.html || ''}`;
      expect(whole).toContain('/notifications');
      for (const secret of [SENTINEL_PLATFORM, SENTINEL_ACCOUNT, 'sentinel', 'Flagged Victim', c.number, c.id, tenDays.id]) expect(whole.toLowerCase()).not.toContain(secret.toLowerCase());
    }

    // The extension moves the deadline: flagged again when the new one comes near, and not before.
    const version = (await rowOf(tenDays.id)).version;
    await extendPreservationRequest(staff.as.officer, { caseId: c.id, requestId: tenDays.id, version });
    expect((await rowOf(tenDays.id)).flaggedAt).toBeNull();
    expect(await flagPreservationDeadlines()).toEqual({ flagged: 0 });
    await flagPreservationDeadlines(daysAfter(today, 84));
    expect((await rowOf(tenDays.id)).flaggedAt).toBeNull();
    expect(await flagPreservationDeadlines(daysAfter(today, 90))).toMatchObject({ flagged: expect.any(Number) });
    expect((await rowOf(tenDays.id)).flaggedAt).not.toBeNull();
  });
});
