import { and, asc, count, eq, inArray, isNull, lte, max, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDashboard } from '@/lib/dashboard/get';
import { getDataset } from '@/lib/dataset/get';
import { lastQuarter, quarterKey } from '@/lib/dataset/period';
import { closeDb, getDb } from '@/db/client';
import { todayInUk, ukDateOf } from '@/db/clock';
import { daysAfter } from '@/lib/dates/calendar-date';
import { migrateDb } from '@/db/migrate';
import { actionItems, agendaItems, areas, attachments, auditEvents, caseCrimeRecordings, caseMinutes, cases, meetings, referrals, referralStatusChanges, research, sessions, users } from '@/db/schema';
import { listIncidents } from '@/lib/incidents/log';
import { getCrimeRecording } from '@/lib/crime-recording/recording';
import { getOrder, listOrders } from '@/lib/orders/register';
import { getSafetyPlan } from '@/lib/safety-plan/plan';
import { supportDirectory } from '@/lib/support-services/directory';
import { listEscalations } from '@/lib/action-items/escalation';
import { getAgenda } from '@/lib/meetings/agenda';
import { getFinalMinutes } from '@/lib/meetings/finalise';
import { listMeetings } from '@/lib/meetings/list';
import { referralSteps } from '@/lib/referrals/form/fields';
import { stepProblems } from '@/lib/referrals/form/progress';
import { signedIn } from '@/test/factories';
import { createScratchDatabase, dropScratchDatabase } from '@/test/database.mjs';
import { calendarFor } from './calendar';
import { caseSpecs } from './data/referrals';
import { hearings } from './data/meetings';
import { seedDemo } from './seed';

// The demo fills only an empty database, so this file makes its own: a scratch database on the
// PostgreSQL server when DATABASE_URL is set (the other test files share the run's one), otherwise the
// in-memory PGlite every test file gets.
const serverUrl = process.env.DATABASE_URL;
let scratch: { name: string; url: string } | undefined;
const anchor = new Date();
let events = 0;
/** The last audit event the demo wrote: the tests below write their own after it. */
let lastDemoEvent = 0;

beforeAll(async () => {
  if (serverUrl) {
    await closeDb();
    scratch = await createScratchDatabase(serverUrl, 'marac_demo');
    process.env.DATABASE_URL = scratch.url;
    await migrateDb();
  }
  const seeded = await seedDemo(anchor);
  expect(seeded.seeded).toBe(true);
  events = seeded.events;
  const db = await getDb();
  lastDemoEvent = (await db.select({ id: max(auditEvents.id) }).from(auditEvents))[0].id ?? 0;
}, 180_000);

afterAll(async () => {
  if (!scratch || !serverUrl) return;
  await closeDb();
  await dropScratchDatabase(serverUrl, scratch.name);
  process.env.DATABASE_URL = serverUrl;
});

const asUser = async (email: string) => {
  const db = await getDb();
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return signedIn(user.id);
};

describe('the demo, made through the verbs', () => {
  it('has referrals in every state, and 18 cases numbered KV-year-sequence', async () => {
    const db = await getDb();
    const rows = await db.select().from(referrals);
    const byStatus = Object.fromEntries(['draft', 'submitted', 'returned', 'declined', 'accepted'].map((s) => [s, rows.filter((r) => r.status === s).length]));
    expect(byStatus).toEqual({ draft: 5, submitted: 8, returned: 3, declined: 3, accepted: 22 });
    const caseRows = await db.select().from(cases);
    expect(caseRows).toHaveLength(18);
    for (const c of caseRows) expect(c.number).toMatch(/^KV-\d{4}-\d{4}$/);
    expect(rows.filter((r) => r.status === 'accepted' && r.repeat)).toHaveLength(3);
    expect(rows.filter((r) => r.status !== 'draft' && r.stalking)).toHaveLength(8);
  });

  it('has complete forms for every referral sent, and partial ones for drafts', async () => {
    const db = await getDb();
    for (const r of await db.select().from(referrals)) {
      const states = referralSteps.map((step) => stepProblems(r.form, step).state);
      const unfinished = states.filter((s) => s === 'not_started' || s === 'in_progress');
      if (r.status === 'draft') expect(unfinished.length).toBeGreaterThan(0);
      else expect(unfinished).toEqual([]);
    }
  });

  it('hears each case at the meetings its story says, and never dates a hearing after today', async () => {
    const db = await getDb();
    const calendar = calendarFor(anchor);
    const caseRows = await db.select().from(cases).orderBy(asc(cases.createdAt));
    const heardOn = caseSpecs.map((c) => (c.heard.length ? calendar.date(calendar.meeting(Math.min(...c.heard))) : null)).sort();
    expect(caseRows.map((c) => c.lastMaracOn).sort()).toEqual(heardOn);
    for (const c of caseRows) if (c.lastMaracOn) expect(c.lastMaracOn <= todayInUk()).toBe(true);
    // Six wait for a meeting (four new cases, two heard before): two are on the coming meeting's
    // agenda, four were accepted after it was published.
    expect(caseRows.filter((c) => c.awaitingMeeting)).toHaveLength(6);
  });

  it('gives every past meeting its chair, its minutes and its research, readable by the coordinator', async () => {
    const coordinator = await asUser('coordinator@marac.example');
    const list = await listMeetings(coordinator);
    const finalised = [...list.upcoming, ...list.past].filter((m) => m.status === 'finalised');
    expect(finalised).toHaveLength(new Set(caseSpecs.flatMap((c) => c.heard)).size);
    for (const m of finalised) {
      const { current } = await getFinalMinutes(coordinator, m.id);
      expect(current.chairName).toBe('Inspector Ruth Calloway');
      expect(current.cases.length).toBeGreaterThan(0);
      for (const c of current.cases) {
        expect(c.minutes.informationShared).toBeTruthy();
        expect(c.minutes.decisions).toBeTruthy();
        expect(c.actions.length).toBeGreaterThan(0);
      }
      expect(current.attendance.length).toBeGreaterThanOrEqual(8);
      const agenda = await getAgenda(coordinator, m.id);
      for (const item of agenda.sections.flatMap((s) => s.items)) {
        expect(item.riskScore).toBeGreaterThan(0);
        expect(item.research.filter((r) => r.state !== 'none').length).toBeGreaterThanOrEqual(3);
      }
    }
    // Every hearing in the data was held: none left over, none missing.
    const db = await getDb();
    const [{ n }] = await db.select({ n: count() }).from(caseMinutes);
    expect(n).toBe(Object.values(hearings).flat().length);
  });

  it('has a coming meeting with its agenda published and research under way, and one after it scheduled', async () => {
    const db = await getDb();
    const coming = await db.select().from(meetings).where(inArray(meetings.status, ['scheduled', 'agenda_published'])).orderBy(asc(meetings.startsAt));
    expect(coming.map((m) => m.status)).toEqual(['agenda_published', 'scheduled']);
    expect(coming[0].startsAt.getTime()).toBeGreaterThan(anchor.getTime());
    const items = await db.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, coming[0].id));
    expect(items).toHaveLength(2);
    const done = await db.select({ n: count() }).from(research).where(inArray(research.agendaItemId, items.map((i) => i.id)));
    // Police and the IDVA service have researched each case; the other agencies have not yet.
    expect(done[0].n).toBe(items.length * 2);
  });

  it('holds actions in every state, some overdue, and the IDVA service on the escalation list', async () => {
    const db = await getDb();
    const rows = await db.select({ status: actionItems.status, dueOn: actionItems.dueOn }).from(actionItems);
    expect([...new Set(rows.map((r) => r.status))].sort()).toEqual(['completed', 'in_progress', 'not_done', 'not_possible', 'open']);
    const today = todayInUk();
    expect(rows.filter((r) => (r.status === 'open' || r.status === 'in_progress') && r.dueOn < today).length).toBeGreaterThanOrEqual(2);
    const escalations = await listEscalations(await asUser('coordinator@marac.example'));
    expect(new Set(escalations.map((r) => r.agencyName))).toEqual(new Set(['Kestrel Vale IDVA Service']));
    expect(new Set(escalations.map((r) => r.agreedOn)).size).toBe(2);
  });

  it('keeps an incident log on one stalking case, across channels, with screenshots and a correction, readable by the police who referred it', async () => {
    const db = await getDb();
    // Shanice Campbell-Reid's, the case with the screenshots.
    const [logged] = await db.select({ caseId: attachments.caseId }).from(attachments).limit(1);
    const police = await asUser('police@marac.example');
    const log = await listIncidents(police, { caseId: logged.caseId });
    // Over 20 entries across at least four channels, numbered as logged, which is also the order they happened.
    expect(log.entries.map((e) => e.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(new Set(log.entries.map((e) => e.current.channel)).size).toBeGreaterThanOrEqual(4);
    expect(log.entries.filter((e) => e.versions > 1)).toHaveLength(1);
    const files = await db.select({ mimeType: attachments.mimeType, stripped: attachments.strippedSha256 }).from(attachments);
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.mimeType === 'image/png' && f.stripped)).toBe(true);
  });

  it('records her case as stalking with an interim SPO in force, served, notified in time and breached once; and prompts the police to review a harassment recording', async () => {
    const db = await getDb();
    const [logged] = await db.select({ caseId: attachments.caseId }).from(attachments).limit(1);
    const police = await asUser('police@marac.example');
    expect(await getCrimeRecording(police, logged.caseId)).toMatchObject({ recording: 'stalking_s2a', reviewDue: false });
    const { orders } = await listOrders(police, logged.caseId);
    expect(orders).toMatchObject([{ type: 'spo_interim', standing: 'in_force', expiringSoon: true, notify: { state: 'met' } }]);
    const order = await getOrder(police, { caseId: logged.caseId, orderId: orders[0].id });
    expect(order.events.map((e) => e.kind)).toEqual(['applied', 'made', 'served', 'subject_notified']);
    // The message of 8 days ago, the 21st entry.
    expect(order.breaches.map((b) => b.number)).toEqual([21]);
    const alerts = (await getDashboard(await asUser('coordinator@marac.example'))).orderAlerts;
    expect(alerts).toMatchObject({ expiring: { total: 1 }, notifyMissed: { total: 0 }, repeatBreaches: { total: 1 }, considerReferral: true });

    // Two cases recorded as harassment with a course of stalking conduct, one of them by a stranger: each prompts a review.
    const prompted = await db.select({ caseId: caseCrimeRecordings.caseId }).from(caseCrimeRecordings).where(eq(caseCrimeRecordings.recording, 'harassment_s2'));
    expect(prompted).toHaveLength(2);
    for (const { caseId } of prompted) {
      expect(await getCrimeRecording(await asUser('police2@marac.example'), caseId)).toMatchObject({ recording: 'harassment_s2', reviewDue: true });
    }
    const [stranger] = await db.select({ form: referrals.form }).from(referrals).innerJoin(caseCrimeRecordings, eq(caseCrimeRecordings.caseId, referrals.caseId)).where(sql`${referrals.form}->'perpetrator'->>'relationship' = 'other'`);
    expect(stranger.form.perpetrator?.relationshipDetails).toMatch(/stranger/);
  });

  it('has a preservation request near its deadline on that case, a safety plan partly worked through, and local services', async () => {
    const db = await getDb();
    // Shanice Campbell-Reid's, the case with the screenshots.
    const [logged] = await db.select({ caseId: attachments.caseId }).from(attachments).limit(1);
    const near = (await getDashboard(await asUser('police@marac.example'))).preservationDeadlines;
    expect(near?.requests.map((r) => [r.caseId, r.platform, r.status])).toEqual([[logged.caseId, 'Instagram', 'acknowledged']]);
    const plan = await getSafetyPlan(await asUser('coordinator2@marac.example'), { caseId: logged.caseId });
    expect(plan.items.map((i) => i.status)).toEqual(['done', 'in_progress', 'not_started', 'not_started', 'not_started', 'done']);
    const directory = await supportDirectory(await asUser('idva@marac.example'));
    expect(directory.local.map((s) => s.name)).toEqual(['Kestrel Vale Stalking Advocacy Service', 'Kestrel Vale Women’s Centre']);
  });

  it('holds in its audit log the events the verbs wrote, each by the person who acted, on the day it happened', async () => {
    const db = await getDb();
    const audit = await db.select().from(auditEvents).where(lte(auditEvents.id, lastDemoEvent)).orderBy(asc(auditEvents.id));
    const counted = (action: string) => audit.filter((e) => e.action === action && e.outcome === 'allowed').length;
    expect(counted('area.create')).toBe(1);
    expect(counted('user.create')).toBe(18);
    expect(counted('referral.create')).toBe(41);
    expect(counted('referral.accept')).toBe(22);
    expect(counted('case.create')).toBe(18);
    expect(counted('minutes.finalise')).toBe(new Set(caseSpecs.flatMap((c) => c.heard)).size);
    expect(counted('action_item.create')).toBe(Object.values(hearings).flat().flatMap((h) => h.actions).length);
    expect(counted('sign_in')).toBeGreaterThan(100);
    expect(audit.filter((e) => e.outcome !== 'allowed')).toEqual([]);

    // Each change of a referral's status has its audit event, by the same person, at the same moment.
    const changes = await db.select().from(referralStatusChanges);
    for (const change of changes) {
      const event = audit.find((e) => e.resourceId === change.referralId && e.userId === change.userId && Math.abs(e.occurredAt.getTime() - change.at.getTime()) < 1000);
      expect(event, `${change.fromStatus} → ${change.toStatus}`).toBeDefined();
    }
    // Nothing after the demo was made, and nothing before its area was set up; ids follow time.
    expect(audit.at(-1)!.occurredAt.getTime()).toBeLessThanOrEqual(anchor.getTime());
    expect(audit[0].action).toBe('area.create');
    for (let i = 1; i < audit.length; i++) expect(audit[i].occurredAt.getTime()).toBeGreaterThanOrEqual(audit[i - 1].occurredAt.getTime());
    expect(events).toBeGreaterThan(500);
  });

  it('shows the last whole quarter’s dataset with meetings, cases and a joint referral, to the steering group', async () => {
    const steering = await asUser('steering@marac.example');
    const dataset = await getDataset(steering, { kind: 'quarter', quarter: quarterKey(lastQuarter(ukDateOf(anchor))) });
    expect(dataset.figures.meetings).toBeGreaterThan(0);
    expect(dataset.figures.casesDiscussed).toBeGreaterThan(0);
    expect(dataset.adultFemalePopulation).toBe(5_200);
    expect(dataset.figures.casesPer10kWomen).toBeGreaterThan(0);
    // Ellwood's referral, by the IDVA service jointly with the police, counts a half to each (heard within the year).
    const year = await getDataset(steering, { kind: 'range', from: daysAfter(ukDateOf(anchor), -365), to: ukDateOf(anchor) });
    expect(year.byAgency.some((a) => a.count % 1 !== 0)).toBe(true);
  });

  it('leaves no one signed in, one account waiting for set-up and one disabled', async () => {
    const db = await getDb();
    const [{ open }] = await db.select({ open: count() }).from(sessions).where(and(isNull(sessions.endedAt), eq(sessions.userAgent, 'Marac Hub demo')));
    expect(open).toBe(0);
    const [{ signedOut }] = await db.select({ signedOut: count() }).from(sessions).where(eq(sessions.endReason, 'signed_out'));
    expect(signedOut).toBeGreaterThan(100);
    const [starter] = await db.select().from(users).where(eq(users.email, 'new.starter@marac.example'));
    expect(starter.passwordHash).toBeNull();
    const [left] = await db.select().from(users).where(eq(users.email, 'left@marac.example'));
    expect(left.active).toBe(false);
  });

  it('adds nothing when seeded a second time', async () => {
    const db = await getDb();
    const before = (await db.select({ n: count() }).from(auditEvents))[0].n;
    expect(await seedDemo()).toEqual({ seeded: false, events: 0 });
    expect((await db.select({ n: count() }).from(auditEvents))[0].n).toBe(before);
    expect((await db.select({ n: count() }).from(areas))[0].n).toBe(1);
  });
});
