import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, cases, notifications, referrals } from '@/db/schema';
import type { NotificationKind } from '@/db/enums';
import type { Viewer } from '@/lib/auth/viewer-type';
import { InputRejected } from '@/lib/errors';
import { buildAgenda, publishAgenda } from '@/lib/meetings/agenda';
import { scheduleMeeting } from '@/lib/meetings/schedule';
import { openNotification } from '@/lib/notifications/list';
import { makeAgency, makeAreaWithStaff, makeUser, signedIn } from '@/test/factories';
import { completeForm } from '@/test/referral-form';
import { nextCaseNumber } from './number';
import { REVEALS_PER_24_HOURS, revealLimitMessage, revealProtectedFields } from './reveal';
import { reasonProblem } from './reveal-reason';

/**
 * An area whose police officer referred a case that is listed on a published agenda, so housing (and
 * probation) may see it but not its protected details. It has an IDVA service and a second coordinator.
 */
async function listedCase() {
  const staff = await makeAreaWithStaff();
  const { area, as, agencies, users } = staff;
  const idva = await makeAgency(area.id, 'idva');
  const probation = await makeAgency(area.id, 'probation');
  const idvaUser = await makeUser(idva.id, 'agency');
  const probationUser = await makeUser(probation.id, 'agency');
  const housingColleague = await makeUser(agencies.housing.id, 'agency');
  const otherCoordinator = await makeUser(agencies.csp.id, 'coordinator');
  const db = await getDb();
  const c = await db.transaction(async (tx) => {
    const [row] = await tx.insert(cases).values({ areaId: area.id, ...(await nextCaseNumber(tx, area.id, 'R')), awaitingMeeting: true }).returning();
    await tx.insert(referrals).values({
      areaId: area.id,
      referringAgencyId: agencies.police.id,
      referrerUserId: users.officer.id,
      caseId: row.id,
      status: 'accepted',
      form: completeForm({ victimName: 'Reveal Person' }),
      victimName: 'Reveal Person',
      riskScore: 16,
      submittedAt: new Date(),
    });
    return row;
  });
  const date = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const { meetingId } = await scheduleMeeting(as.coordinator, { date, time: '10:00', venue: 'Council offices', videoLink: '', chairUserId: '' });
  await buildAgenda(as.coordinator, meetingId);
  await publishAgenda(as.coordinator, meetingId);
  return { ...staff, caseId: c.id, idvaUser, probationUser, housingColleague, otherCoordinator, probationViewer: await signedIn(probationUser.id) };
}

async function notified(kind: NotificationKind, caseId: string) {
  const db = await getDb();
  return db.select().from(notifications).where(and(eq(notifications.kind, kind), eq(notifications.caseId, caseId)));
}

async function revealEventsOf(userId: string) {
  const db = await getDb();
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.userId, userId), eq(auditEvents.action, 'case.reveal_protected')))
    .orderBy(auditEvents.id);
}

const reveal = (viewer: Viewer, caseId: string, reason: string) => revealProtectedFields(viewer, { caseId, reason });

describe('a reason for revealing protected details', () => {
  it.each([
    ['aaaaaaaaaa', 'reason_too_short'],
    ['Home visit tomorrow', 'reason_too_short'],
    ['        x          ', 'reason_too_short'],
    ['aaaaaaaaaaaaaaaaaaaaaaaaa', 'reason_repeated'],
    ['a a a a a a a a a a a a a a', 'reason_repeated'],
    ['asdfasdfasdfasdfasdfasdf', 'reason_repeated'],
    ['test test test test test test', 'reason_repeated'],
    ['ab ab ab ab ab ab ab ab ab ab', 'reason_repeated'],
    ['abababababababababababab', 'reason_repeated'],
    ['safeguarding safeguarding!!', 'reason_repeated'],
    ['aaaaabbbbbaaaaabbbbbcc', 'reason_repeated'],
    ['12345678901234567890123', 'reason_repeated'],
  ])('refuses %j (%s)', (reason, problem) => {
    expect(reasonProblem(reason)).toBe(problem);
  });

  it.each(['Booking a home visit about the tenancy', 'Police asked us to check the address for a welfare visit', 'Sending a letter offering a safe move'])('accepts %j', (reason) => {
    expect(reasonProblem(reason)).toBeNull();
  });
});

describe('revealing protected details', () => {
  it('refuses a short, repeated or copied reason, shows nothing, and records each try and why', async () => {
    const { as, users, caseId } = await listedCase();
    for (const [reason, message] of [
      ['aaaaaaaaaa', 'Your reason must be 20 characters or more'],
      ['aaaaaaaaaaaaaaaaaaaaaaaaa', 'Your reason must say in words why you need the details'],
      ['asdf asdf asdf asdf asdf asdf', 'Your reason must say in words why you need the details'],
    ]) {
      const refused = await reveal(as.housingOfficer, caseId, reason).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(InputRejected);
      expect((refused as InputRejected).fieldErrors.reason).toContain(message);
      expect(JSON.stringify(refused)).not.toContain('Safe Street');
    }
    expect(await notified('protected_details_revealed', caseId)).toEqual([]);

    const fields = await reveal(as.housingOfficer, caseId, 'Booking a home visit about the tenancy');
    expect(fields).toMatchObject({ address: '1 Safe Street, Testtown' });
    // The same words again, even with other capitals and punctuation, are a copy: refused.
    const copied = await reveal(as.housingOfficer, caseId, 'booking a home visit, about the TENANCY!').catch((e: unknown) => e);
    expect((copied as InputRejected).fieldErrors.reason).toContain('Your reason must not be the same as one you gave before');
    // Another user may give the same reason.
    await expect(reveal(as.coordinator, caseId, 'Booking a home visit about the tenancy')).resolves.toMatchObject({ address: '1 Safe Street, Testtown' });

    const events = await revealEventsOf(users.housingOfficer.id);
    expect(events.map((e) => [e.outcome, e.detail, e.justification, e.caseId])).toEqual([
      ['denied', 'reason_too_short', 'aaaaaaaaaa', caseId],
      ['denied', 'reason_repeated', 'aaaaaaaaaaaaaaaaaaaaaaaaa', caseId],
      ['denied', 'reason_repeated', 'asdf asdf asdf asdf asdf asdf', caseId],
      ['allowed', null, 'Booking a home visit about the tenancy', caseId],
      ['denied', 'reason_copied', 'booking a home visit, about the TENANCY!', caseId],
    ]);
  });

  it('tells the users of the referring agency and of the IDVA service, and no one else', async () => {
    const { as, users, caseId, idvaUser, probationUser, housingColleague, otherCoordinator } = await listedCase();
    await reveal(as.housingOfficer, caseId, 'Booking a home visit about the tenancy');
    const sent = await notified('protected_details_revealed', caseId);
    // The police officer who referred it, the police chair (same agency), and the IDVA.
    expect(sent.map((n) => n.userId).sort()).toEqual([users.officer.id, users.chair.id, idvaUser.id].sort());
    for (const notTold of [users.housingOfficer.id, housingColleague.id, probationUser.id, users.coordinator.id, otherCoordinator.id, users.admin.id]) {
      expect(sent.map((n) => n.userId)).not.toContain(notTold);
    }
    // Ids only; it leads to the case, where access is checked again.
    expect(sent[0]).toMatchObject({ caseId, meetingId: null, actionItemId: null, referralId: null });
    const officerNotice = sent.find((n) => n.userId === users.officer.id)!;
    expect(await openNotification(as.officer, officerNotice.id)).toBe(`/cases/${caseId}`);

    // Each notification sent is an audit event beside the reveal's own.
    const db = await getDb();
    const [allowed] = (await revealEventsOf(users.housingOfficer.id)).filter((e) => e.outcome === 'allowed');
    const sends = await db.select().from(auditEvents).where(and(eq(auditEvents.requestId, allowed.requestId!), eq(auditEvents.action, 'notification.send')));
    expect(sends.map((e) => e.resourceId).sort()).toEqual(sent.map((n) => n.id).sort());

    // A reveal by the coordinator is told too, to the same agencies (and not to the coordinator).
    await reveal(as.coordinator, caseId, 'Checking the address before the meeting');
    expect((await notified('protected_details_revealed', caseId)).filter((n) => n.userId === users.coordinator.id)).toEqual([]);
  });

  it(`refuses the reveal after ${REVEALS_PER_24_HOURS} in 24 hours, records it, and tells the coordinators once`, async () => {
    const { as, users, caseId, otherCoordinator, probationViewer } = await listedCase();
    const reasons = [
      'Booking a home visit about the tenancy',
      'Sending a letter offering a safe move',
      'Checking the repairs order for the front door',
      'Arranging new locks with the contractor',
      'Confirming the address for the sanctuary scheme',
    ];
    expect(reasons).toHaveLength(REVEALS_PER_24_HOURS);
    for (const reason of reasons) await reveal(as.housingOfficer, caseId, reason);

    const sixth = await reveal(as.housingOfficer, caseId, 'Rechecking the address for the panel report').catch((e: unknown) => e);
    expect(sixth).toBeInstanceOf(InputRejected);
    expect((sixth as InputRejected).fieldErrors).toEqual({ form: revealLimitMessage });
    expect(revealLimitMessage).toContain('5 times in the last 24 hours');

    const flags = await notified('reveal_limit_reached', caseId);
    expect(flags.map((n) => n.userId).sort()).toEqual([users.coordinator.id, otherCoordinator.id].sort());
    expect(await openNotification(as.coordinator, flags[0].id)).toBe('/audit?action=case.reveal_protected&outcome=denied');

    // A 7th try is refused and recorded as well, but the coordinators are not told again.
    await expect(reveal(as.housingOfficer, caseId, 'One more try at seeing the address today')).rejects.toBeInstanceOf(InputRejected);
    expect(await notified('reveal_limit_reached', caseId)).toHaveLength(2);

    const events = await revealEventsOf(users.housingOfficer.id);
    expect(events.map((e) => [e.outcome, e.detail])).toEqual([
      ...reasons.map(() => ['allowed', null]),
      ['denied', 'daily_limit'],
      ['denied', 'daily_limit'],
    ]);
    // The limit is each user's own: another agency's user still may.
    await expect(reveal(probationViewer, caseId, 'Checking the address against our records')).resolves.toMatchObject({ address: '1 Safe Street, Testtown' });
  });
});
