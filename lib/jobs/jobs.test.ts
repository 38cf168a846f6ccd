import { and, eq, inArray } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { actionItems, meetings, notifications, referrals } from '@/db/schema';
import { sendActionReminders } from '@/lib/action-items/reminders';
import { getDashboard } from '@/lib/dashboard/get';
import { sendResearchRequests } from '@/lib/meetings/research-requests';
import { deliverEmails, maxEmailAttempts } from '@/lib/notifications/email-delivery';
import { getEmailPreferences, setEmailPreferences } from '@/lib/notifications/preferences';
import { emailPreferencesSchema } from '@/lib/notifications/schemas';
import { makeActions } from '@/test/actions';
import { auditEventsFor, auditEventsOf, makeAreaWithStaff } from '@/test/factories';
import { completeForm } from '@/test/referral-form';
import { smtpServerForTests } from '@/test/smtp';
import { startJobRunner } from './runner';

type Staff = Awaited<ReturnType<typeof makeAreaWithStaff>>;
const smtp = smtpServerForTests();
beforeEach(() => {
  smtp().state.refuse = false;
});

const victim = { name: 'Morwenna Quillfeather', address: '1 Safe Street, Testtown' };
const actionTexts = ['Fit a door alarm at the refuge', 'Move Morwenna to the new flat', 'Check the bail conditions', 'Close the completed task'];

/** A case with a referral naming its victim, and actions due soon, overdue, later and already done. */
async function staffWithActions() {
  const staff = await makeAreaWithStaff();
  const [soon, late, later, done] = await makeActions(staff, [
    { agency: 'police', due: 2, description: actionTexts[0] },
    { agency: 'housing', due: -4, description: actionTexts[1] },
    { agency: 'police', due: 10, description: actionTexts[2] },
    { agency: 'police', due: -6, description: actionTexts[3] },
  ]);
  const db = await getDb();
  await db.update(actionItems).set({ status: 'completed', closedAt: new Date() }).where(eq(actionItems.id, done.id));
  await db.insert(referrals).values({
    areaId: staff.area.id,
    referringAgencyId: staff.agencies.police.id,
    referrerUserId: staff.users.officer.id,
    caseId: soon.caseId,
    status: 'accepted',
    form: completeForm({ victimName: victim.name }),
    victimName: victim.name,
    riskScore: 16,
  });
  return { staff, soon, late, later, done };
}

async function notificationsOf(staff: Staff) {
  const db = await getDb();
  const ids = Object.values(staff.users).map((u) => u.id);
  return db.select().from(notifications).where(inArray(notifications.userId, ids));
}

describe('action reminders by email', () => {
  it('tells the owning agency once when an action is due within 3 days and once when overdue, by one email each that names nothing', async () => {
    const { staff, soon, late } = await staffWithActions();
    const { users } = staff;

    // Two runners at the same moment, then a later run: each reminder still goes once.
    await Promise.all([sendActionReminders(), sendActionReminders()]);
    await sendActionReminders();
    const sent = (await notificationsOf(staff)).map((n) => [n.userId, n.kind, n.actionItemId]);
    expect(sent.sort()).toEqual(
      [
        [users.chair.id, 'action_due_soon', soon.id],
        [users.officer.id, 'action_due_soon', soon.id],
        [users.housingOfficer.id, 'action_overdue', late.id],
      ].sort(),
    );

    await Promise.all([deliverEmails(), deliverEmails()]);
    await deliverEmails();
    for (const user of [users.chair, users.officer, users.housingOfficer]) expect(smtp().to(user.email)).toHaveLength(1);
    for (const user of [users.coordinator, users.admin]) expect(smtp().to(user.email)).toHaveLength(0);

    const mail = smtp().to(users.officer.email)[0].mail;
    expect(mail.subject).toBe('Marac Hub: something needs your attention');
    expect(mail.from?.value[0].address).toBe('marac@test.example');
    expect(mail.text).toContain('/notifications');
    const ours = [users.chair, users.officer, users.housingOfficer].flatMap((u) => smtp().to(u.email));
    for (const { mail: m } of ours) {
      const whole = `${m.subject}\n${m.text}\n${m.html || ''}`;
      for (const secret of [victim.name, 'Morwenna', victim.address, 'Safe Street', ...actionTexts, soon.id, late.id]) expect(whole).not.toContain(secret);
    }

    // Audited: each notification sent and each email, by the system, naming the recipient only.
    const [notice] = (await notificationsOf(staff)).filter((n) => n.userId === users.officer.id);
    expect(notice).toMatchObject({ emailState: 'sent', emailAttempts: 1 });
    const events = await auditEventsFor(notice.id);
    expect(events.map((e) => [e.action, e.role, e.userId, e.areaId, e.detail, e.outcome])).toEqual([
      ['notification.send', 'system', null, staff.area.id, `action_due_soon_to_user_${users.officer.id}`, 'allowed'],
      ['notification.email', 'system', null, staff.area.id, `to_user_${users.officer.id}`, 'allowed'],
    ]);
  });

  it('sends each user the emails they chose, and the in-app notification either way', async () => {
    const { staff, soon } = await staffWithActions();
    const { as, users } = staff;
    await setEmailPreferences(as.officer, emailPreferencesSchema.parse({ emailed: ['action_overdue', 'minutes_circulated'] }));
    expect((await getEmailPreferences(as.officer)).emailed).toEqual(['minutes_circulated', 'action_overdue']);
    expect((await auditEventsOf(as.officer.requestId)).map((e) => [e.action, e.detail])).toContainEqual([
      'email_prefs.update',
      'off_action_assigned+referral_returned+research_requested+action_due_soon+protected_details_revealed+reveal_limit_reached+preservation_deadline_near+audit_chain_broken',
    ]);
    expect(emailPreferencesSchema.safeParse({ emailed: ['everything'] }).success).toBe(false);
    expect(emailPreferencesSchema.parse({ emailed: false })).toEqual({ emailed: [] });

    await sendActionReminders();
    await deliverEmails();
    const officers = (await notificationsOf(staff)).filter((n) => n.actionItemId === soon.id);
    expect(officers.map((n) => [n.userId, n.emailState]).sort()).toEqual(
      [
        [users.chair.id, 'sent'],
        [users.officer.id, null],
      ].sort(),
    );
    expect(smtp().to(users.officer.email)).toHaveLength(0);
    expect(smtp().to(users.chair.email)).toHaveLength(1);
  });

  it('tries again when the mail server refuses, and gives up after the last attempt', async () => {
    const { staff } = await staffWithActions();
    const { users } = staff;
    await sendActionReminders();
    smtp().state.refuse = true;
    expect((await deliverEmails()).failed).toBeGreaterThanOrEqual(3);
    const db = await getDb();
    const ours = await notificationsOf(staff);
    expect(ours.map((n) => [n.emailState, n.emailAttempts])).toEqual(ours.map(() => ['pending', 1]));
    const failure = await auditEventsFor(ours[0].id);
    expect(failure.at(-1)).toMatchObject({ action: 'notification.email', outcome: 'error', detail: `will_retry_to_user_${ours[0].userId}` });

    // Not tried again for a minute.
    await deliverEmails();
    expect((await notificationsOf(staff)).map((n) => n.emailAttempts)).toEqual(ours.map(() => 1));
    const aMinuteLater = () => db.update(notifications).set({ emailNextAttemptAt: new Date(Date.now() - 1_000) }).where(inArray(notifications.id, ours.map((n) => n.id)));

    // The housing officer's last attempt fails too; the police users get theirs once the server is back.
    const housing = ours.find((n) => n.userId === users.housingOfficer.id)!;
    await db.update(notifications).set({ emailAttempts: maxEmailAttempts - 1 }).where(eq(notifications.id, housing.id));
    await aMinuteLater();
    await deliverEmails();
    expect((await db.select().from(notifications).where(eq(notifications.id, housing.id)))[0].emailState).toBe('failed');
    expect((await auditEventsFor(housing.id)).at(-1)).toMatchObject({ outcome: 'error', detail: `given_up_to_user_${users.housingOfficer.id}` });
    smtp().state.refuse = false;
    await aMinuteLater();
    await deliverEmails();
    expect(smtp().to(users.officer.email)).toHaveLength(1);
    expect(smtp().to(users.housingOfficer.email)).toHaveLength(0);
    // The administrator sees it on their home page, and finds the failures in the audit log.
    expect((await getDashboard(staff.as.admin)).email).toEqual({ server: `127.0.0.1:${smtp().port}`, waiting: 0, failedLastWeek: 1 });
  });
});

describe('email delivery after a crash', () => {
  it('sends an email claimed by a run that died, and leaves alone one held by a run still going', async () => {
    const { staff } = await staffWithActions();
    const { users } = staff;
    await sendActionReminders();
    const db = await getDb();
    const mine = await notificationsOf(staff);
    const of = (userId: string) => mine.find((n) => n.userId === userId)!.id;
    const claim = (id: string, minutesAgo: number) =>
      db.update(notifications).set({ emailState: 'sending', emailClaimId: crypto.randomUUID(), emailClaimedAt: new Date(Date.now() - minutesAgo * 60_000), emailAttempts: 1 }).where(eq(notifications.id, id));
    await claim(of(users.officer.id), 11);
    await claim(of(users.chair.id), 1);

    await deliverEmails();
    expect(smtp().to(users.officer.email)).toHaveLength(1);
    expect(smtp().to(users.housingOfficer.email)).toHaveLength(1);
    expect(smtp().to(users.chair.email)).toHaveLength(0);
    const [chairs] = await db.select().from(notifications).where(eq(notifications.id, of(users.chair.id)));
    expect(chairs.emailState).toBe('sending');
  });
});

describe('research requests', () => {
  it('asks every user of the area but administrators, once per published agenda, and never for a meeting already held', async () => {
    const staff = await makeAreaWithStaff();
    const db = await getDb();
    const [published] = await db
      .insert(meetings)
      .values({ areaId: staff.area.id, startsAt: new Date(Date.now() + 7 * 86_400_000), status: 'agenda_published', agendaPublishedAt: new Date() })
      .returning();
    const [held] = await db
      .insert(meetings)
      .values({ areaId: staff.area.id, startsAt: new Date(Date.now() - 7 * 86_400_000), status: 'held', agendaPublishedAt: new Date(Date.now() - 14 * 86_400_000) })
      .returning();
    await Promise.all([sendResearchRequests(), sendResearchRequests()]);
    await sendResearchRequests();
    const asked = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'research_requested'), inArray(notifications.meetingId, [published.id, held.id])));
    // Everyone who works with records; the administrator sees none, so is not asked.
    const { admin, ...workers } = staff.users;
    expect(asked.map((n) => n.userId).sort()).toEqual(Object.values(workers).map((u) => u.id).sort());
    expect(asked.map((n) => n.userId)).not.toContain(admin.id);
    expect(asked.every((n) => n.meetingId === published.id)).toBe(true);
    expect((await db.select().from(meetings).where(eq(meetings.id, published.id)))[0].researchRequestedAt).not.toBeNull();
  });
});

describe('two app instances', () => {
  it('run the jobs on one database and still send each reminder and each email once', async () => {
    const { staff, soon, late } = await staffWithActions();
    const { users } = staff;
    const runners = await Promise.all([startJobRunner({ pollingIntervalSeconds: 0.5 }), startJobRunner({ pollingIntervalSeconds: 0.5 })]);
    try {
      const ids = Object.values(users).map((u) => u.id);
      const db = await getDb();
      const until = async (done: () => Promise<boolean>) => {
        for (let i = 0; i < 120 && !(await done()); i++) await new Promise((r) => setTimeout(r, 250));
      };
      // Each runner runs every job once as it starts: the reminders are sent.
      await until(async () => (await db.select().from(notifications).where(inArray(notifications.userId, ids))).length >= 3);
      // The next minute's email run and another reminder sweep, started on both instances at once.
      await Promise.all(runners.flatMap((r) => [r.boss.send('deliver-emails', null), r.boss.send('action-reminders', null)]));
      await until(async () => (await db.select().from(notifications).where(and(inArray(notifications.userId, ids), eq(notifications.emailState, 'sent')))).length >= 3);
      await new Promise((r) => setTimeout(r, 2_000));
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
    }
    const sent = (await notificationsOf(staff)).map((n) => [n.userId, n.actionItemId, n.emailState]);
    expect(sent.sort()).toEqual(
      [
        [users.chair.id, soon.id, 'sent'],
        [users.officer.id, soon.id, 'sent'],
        [users.housingOfficer.id, late.id, 'sent'],
      ].sort(),
    );
    for (const user of [users.chair, users.officer, users.housingOfficer]) expect(smtp().to(user.email)).toHaveLength(1);
  }, 60_000);
});
