// The demo's driver: makes the demo area by calling the app's own verbs, as the people concerned, on a
// fixed clock. Each event of the demo's history (demo/data/) is put on a timeline; the driver sets the
// app's clock to the event's time, signs the person in (as the sign-in page would), calls the verb, and
// signs them out when they have nothing more to do soon. So the demo holds exactly what the app would
// have made, audit events, notifications and reminders included, dated as the story says.
import { count } from 'drizzle-orm';
import { inTransaction } from '@/lib/logging/transaction';
import { now, setClock, todayInUk, ukDateOf } from '@/db/clock';
import { getDataset } from '@/lib/dataset/get';
import { lastQuarter, quarterKey } from '@/lib/dataset/period';
import { DEMO_PASSWORD } from '@/db/demo-password';
import { areas } from '@/db/schema';
import { createAgency } from '@/lib/agencies/save';
import { createArea } from '@/lib/areas/create';
import { updateAreaSettings } from '@/lib/areas/settings';
import { confirmEnrolment, enrolmentOffer, TOTP_PERIOD, totpForStep, verifySignInCode } from '@/lib/auth/mfa';
import { loadLiveSession } from '@/lib/auth/session';
import { signInWithPassword, signOut } from '@/lib/auth/sign-in';
import type { Viewer } from '@/lib/auth/viewer-type';
import { getActionItem, updateActionItem } from '@/lib/action-items/work';
import { addAttachment } from '@/lib/incidents/attachments';
import { correctIncident, recordIncident } from '@/lib/incidents/log';
import { sendActionReminders } from '@/lib/action-items/reminders';
import { addCaseToAgenda, buildAgenda, getAgenda, publishAgenda } from '@/lib/meetings/agenda';
import { finaliseMinutes } from '@/lib/meetings/finalise';
import { saveResearch } from '@/lib/meetings/research';
import { sendResearchRequests } from '@/lib/meetings/research-requests';
import { addActionItem, confirmConfidentiality, getMeetingCase, getMeetingRun, recordAttendance, reviewIncompleteAction, saveMinutes, startMeeting } from '@/lib/meetings/run';
import { scheduleMeeting } from '@/lib/meetings/schedule';
import { ukTimeToInstant } from '@/lib/meetings/schemas';
import { markAllNotificationsRead } from '@/lib/notifications/list';
import { createReferral } from '@/lib/referrals/create';
import type { ReferralForm } from '@/lib/referrals/form/schemas';
import { referralSteps, type ReferralStep } from '@/lib/referrals/form/fields';
import { getReferral } from '@/lib/referrals/get';
import { saveReferralStep } from '@/lib/referrals/save-step';
import { screenReferral } from '@/lib/referrals/screen';
import { submitReferral } from '@/lib/referrals/submit';
import { withoutAccount } from '@/lib/action-items/labels';
import { completeSetup } from '@/lib/users/setup-link';
import { createUser } from '@/lib/users/create';
import { disableUser } from '@/lib/users/set-active';
import { calendarFor, type Calendar } from './calendar';
import { agencyRepresentative, demoAdmin, demoAgencies, demoArea, demoUsers, type AgencyKey } from './data/area';
import { agendaPublishedDaysBefore, alwaysResearch, apologies, comingMeetingResearchedBy, hearings, meetingPlace, researchByAgency, researchWhenChildren, type DemoAction } from './data/meetings';
import { caseSpecs, ethnicGroupOf, referrers, referralSpecs, type Spec } from './data/referrals';
import { campbellIncidents, nairIncidents, type DemoIncident } from './data/incidents';
import { marshIncidents, planRecordingsAndOrders, type DemoPlanner } from './data/orders';
import { planPreservationDemo } from './data/preservation';
import { fakePostScreenshot } from './data/screenshots';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** A person's session is kept between two of their events this close together; otherwise they sign out. */
const KEEP_SIGNED_IN_MS = 20 * MINUTE;

interface Event {
  at: Date;
  /** Ties broken in the order events were planned. */
  seq: number;
  /** The person who acts, by email; null for the app's own scheduled jobs. */
  by: string | null;
  run: (me: Viewer) => Promise<void>;
}

/** The demo's timeline: events in time order; an event may plan later ones (an action's progress, say). */
class Timeline {
  private events: Event[] = [];
  private seq = 0;
  constructor(readonly calendar: Calendar) {}

  /** Plans an event; one after the demo's anchor has not happened yet, and is dropped. */
  add(at: Date, by: string | null, run: (me: Viewer) => Promise<void>) {
    if (at.getTime() > this.calendar.anchor.getTime()) return;
    const event = { at, seq: this.seq++, by, run };
    // Keep the list sorted; later events are usually planned last, so search from the end.
    let i = this.events.length;
    while (i > 0 && this.events[i - 1].at.getTime() > at.getTime()) i--;
    this.events.splice(i, 0, event);
  }

  next(): Event | undefined {
    return this.events.shift();
  }

  peek(): Event | undefined {
    return this.events[0];
  }
}

/** Where a copy of the demo lives: its area's name and its people's email domain (the demo's own: marac.example). */
export interface DemoAreaOptions {
  name: string;
  emailDomain: string;
  /** The area, its agencies and its people alone: no referrals, cases or meetings. */
  peopleOnly?: boolean;
}

const demoOptions: DemoAreaOptions = { name: demoArea.name, emailDomain: 'marac.example' };

/** A demo person's address in an area whose people have another email domain. */
export function emailIn(emailDomain: string, demoEmail: string): string {
  return demoEmail.replace(/@marac\.example$/, `@${emailDomain}`);
}

/**
 * The authenticator apps of the demo's people: each key as the enrolment page showed it, and the last
 * step used, as a person's phone would have them. Kept in this process only; the demo's sign-in page
 * shows the current code instead (MARAC_DEMO=1).
 */
const demoApps = new Map<string, { key: string; lastStep: number }>();

/** The code the person's app shows now, or the next one if this one was used (a code works once). */
async function codeFromApp(email: string): Promise<string> {
  const app = demoApps.get(email);
  if (!app) throw new Error(`demo: no authenticator app known for ${email}`);
  const current = Math.floor(now().getTime() / 1000 / TOTP_PERIOD);
  const step = Math.max(current, app.lastStep + 1);
  if (step > current + 1) throw new Error(`demo: ${email} signed in twice within one code`);
  app.lastStep = step;
  return totpForStep(app.key, step);
}

/**
 * Signs a person in with the demo password and their authenticator app, as the sign-in pages would
 * (setting the app up at their first sign-in), and loads their session.
 */
export async function signInAsDemoPerson(email: string, requestId: string): Promise<{ viewer: Viewer; sessionId: string }> {
  const signedIn = await signInWithPassword({ email, password: DEMO_PASSWORD, requestId, userAgent: 'Marac Hub demo', address: 'demo' });
  if (!signedIn) throw new Error(`demo: ${email} could not sign in`);
  if (!signedIn.enrolled) {
    const offer = await enrolmentOffer(signedIn.sessionId, requestId);
    if (!offer) throw new Error(`demo: ${email} has no enrolment to confirm`);
    demoApps.set(email, { key: offer.key, lastStep: -1 });
    if (!(await confirmEnrolment(signedIn.sessionId, await codeFromApp(email), requestId))) throw new Error(`demo: ${email} could not set up an app`);
  } else if (!(await verifySignInCode(signedIn.sessionId, await codeFromApp(email), requestId))) {
    throw new Error(`demo: ${email}'s code was refused`);
  }
  const viewer = await inTransaction({ verb: 'demoSignIn', requestId }, (tx) => loadLiveSession(tx, signedIn.sessionId, requestId));
  return { viewer, sessionId: signedIn.sessionId };
}

/** Signs demo people in and out as the timeline needs them. */
class People {
  constructor(
    private anchor: Date,
    private emailDomain: string,
  ) {}
  private sessions = new Map<string, { sessionId: string; lastUsed: number }>();
  private requests = 0;

  async as(email: string, at: Date): Promise<Viewer> {
    const open = this.sessions.get(email);
    const requestId = `demo-${++this.requests}`;
    const sessionId = open && at.getTime() - open.lastUsed < KEEP_SIGNED_IN_MS ? open.sessionId : null;
    if (!sessionId) return this.signIn(email, at, requestId);
    this.sessions.set(email, { sessionId, lastUsed: at.getTime() });
    return inTransaction({ verb: 'demoSignIn', requestId }, (tx) => loadLiveSession(tx, sessionId, requestId));
  }

  private async signIn(email: string, at: Date, requestId: string): Promise<Viewer> {
    const { viewer, sessionId } = await signInAsDemoPerson(emailIn(this.emailDomain, email), requestId);
    this.sessions.set(email, { sessionId, lastUsed: at.getTime() });
    return viewer;
  }

  /** Signs the person out, unless their next event comes soon enough to keep the session. */
  async done(email: string, at: Date, next: Event | undefined) {
    if (next && next.by === email && next.at.getTime() - at.getTime() < KEEP_SIGNED_IN_MS) return;
    const open = this.sessions.get(email);
    if (!open) return;
    this.sessions.delete(email);
    // Two minutes later, or before whatever happens next, so the clock never runs backwards.
    setClock(new Date(Math.min(at.getTime() + 2 * MINUTE, next?.at.getTime() ?? Infinity, this.anchor.getTime())));
    await signOut(open.sessionId, `demo-${++this.requests}`);
  }
}

const tokenOf = (setupLink: string) => setupLink.slice(setupLink.lastIndexOf('/') + 1);

/** Fills an empty database with the demo area. A database that already has an area is left alone. */
export async function seedDemo(anchor = new Date()): Promise<{ seeded: boolean; events: number }> {
  const [{ n }] = await inTransaction({ verb: 'seedDemo', requestId: null }, (tx) => tx.select({ n: count() }).from(areas));
  if (n > 0) return { seeded: false, events: 0 };
  const { events } = await makeDemoArea(anchor, demoOptions);
  return { seeded: true, events };
}

/**
 * Makes an area holding the demo's story (or only its people), under another name and email domain:
 * the end-to-end tests' own areas (demo/e2e-areas.ts). Returns the people's user ids by demo email.
 */
export async function makeDemoArea(anchor: Date, options: DemoAreaOptions): Promise<{ events: number; userIds: Map<string, string>; agencyIds: Map<AgencyKey, string> }> {
  const calendar = calendarFor(anchor);
  const timeline = new Timeline(calendar);
  const people = new People(anchor, options.emailDomain);
  const world = new DemoWorld(calendar, timeline, options);
  world.plan();

  let events = 0;
  try {
    for (let event = timeline.next(); event; event = timeline.next()) {
      setClock(event.at);
      const me = event.by ? await people.as(event.by, event.at) : (null as unknown as Viewer);
      await event.run(me).catch((err: Error) => {
        err.message = `demo event ${event.seq} at ${event.at.toISOString()} by ${event.by ?? 'the app'}: ${err.message}`;
        throw err;
      });
      if (event.by) await people.done(event.by, event.at, timeline.peek());
      events++;
    }
  } finally {
    setClock(null);
  }
  return { events, userIds: world.userIds, agencyIds: world.agencyIds };
}

/** What the driver has learnt of the records it made: ids by the demo's own keys. */
class DemoWorld {
  readonly userIds = new Map<string, string>();
  readonly agencyIds = new Map<AgencyKey, string>();
  private caseIds = new Map<string, string>();
  private caseKeyById = new Map<string, string>();
  private timesHeard = new Map<string, number>();
  private referralIds = new Map<number, string>();
  private versions = new Map<string, number>();
  private meetingIds = new Map<number, string>();
  /** The published agenda of the coming meeting, while late cases can still be added to it. */
  private upcoming: { meetingId: string; caseIds: Set<string> } | null = null;
  /** Agreed actions waiting to be reviewed at the next meeting: id → what becomes of it. */
  private agreed = new Map<string, DemoAction>();

  constructor(
    private calendar: Calendar,
    private timeline: Timeline,
    private options: DemoAreaOptions,
  ) {}

  private email(demoEmail: string) {
    return emailIn(this.options.emailDomain, demoEmail);
  }

  /** The meetings that hear cases (k: 0 = the last one), oldest first, then the next two. */
  private get meetingsHeld() {
    return [...new Set(caseSpecs.flatMap((c) => c.heard))].sort((a, b) => b - a);
  }

  /** A meeting's day at a UK wall-clock time, e.g. '09:45'. */
  private onMeetingDay(k: number, time: string, plusDays = 0): Date {
    const date = this.calendar.date(this.calendar.meeting(k) - plusDays);
    return ukTimeToInstant(date, time);
  }

  plan() {
    const { calendar } = this;
    const held = this.meetingsHeld;
    const setUp = ukTimeToInstant(calendar.date(calendar.meeting(held[0]) + demoArea.setUpDaysBeforeFirstMeeting), '09:00');
    this.timeline.add(setUp, null, () => this.setUpArea(setUp));
    if (this.options.peopleOnly) return;

    const specs = referralSpecs(calendar);
    specs.forEach((spec, index) => this.planReferral(spec, index));
    const planner: DemoPlanner = {
      on: (daysAgo, step, by, run) => this.timeline.add(calendar.at(daysAgo, 7, step), by, (me) => run(me, (key) => this.caseIds.get(key)!)),
      date: calendar.date,
      m: calendar.m,
    };
    const orderOf = planRecordingsAndOrders(planner);
    campbellIncidents.forEach((incident, index) => this.planIncident('campbell', 'police@marac.example', incident, index, orderOf));
    marshIncidents(calendar.m).forEach((incident, index) => this.planIncident('marsh', 'police2@marac.example', incident, index, orderOf));
    nairIncidents.forEach((incident, index) => this.planIncident('nair', 'police2@marac.example', incident, index, orderOf));
    planPreservationDemo((at, by, run) => this.timeline.add(at, by, run), calendar, () => this.caseIds.get('campbell')!);

    held.forEach((k, i) => this.planMeeting(k, i === 0 ? new Date(setUp.getTime() + DAY) : this.onMeetingDay(held[i - 1], '15:00')));
    // The next meeting, its agenda published three days ago and partly researched, and the one after,
    // scheduled. Cases accepted since wait for the meeting after: the coordinator has not added them.
    const afterLast = this.onMeetingDay(0, '15:00');
    this.timeline.add(afterLast, 'coordinator@marac.example', (me) => this.schedule(me, -1));
    this.timeline.add(new Date(afterLast.getTime() + 5 * MINUTE), 'coordinator@marac.example', (me) => this.schedule(me, -2));
    const publishComing = ukTimeToInstant(calendar.date(3), '09:00');
    this.timeline.add(publishComing, 'coordinator@marac.example', (me) => this.publish(me, -1, comingMeetingResearchedBy, new Date(publishComing.getTime() + 3_600_000)));

    // The steering group's member reads the last whole quarter's dataset, two days ago.
    const steeringReads = ukTimeToInstant(calendar.date(2), '11:00');
    this.timeline.add(steeringReads, 'steering@marac.example', async (me) => {
      await getDataset(me, { kind: 'quarter', quarter: quarterKey(lastQuarter(ukDateOf(steeringReads))) });
    });

    // The reminders job, every morning from the first meeting on.
    for (let d = calendar.meeting(held[0]); d >= 0; d--) {
      this.timeline.add(ukTimeToInstant(calendar.date(d), '07:00'), null, async () => {
        await sendActionReminders(todayInUk());
      });
    }
  }

  // ----- The area and its people ---------------------------------------------------------------

  private async setUpArea(at: Date) {
    const admin = demoAdmin;
    const created = await createArea({
      name: this.options.name,
      caseNumberPrefix: demoArea.caseNumberPrefix,
      agencyName: demoAgencies.find((a) => a.key === admin.agency)!.name,
      agencyType: demoAgencies.find((a) => a.key === admin.agency)!.type,
      adminName: admin.name,
      adminEmail: this.email(admin.email),
    });
    this.agencyIds.set(admin.agency, created.agencyId);
    await choosePassword(created.setupLink);
    this.timeline.add(new Date(at.getTime() + 10 * MINUTE), admin.email, (me) => this.addAgenciesAndUsers(me, at));
  }

  private async addAgenciesAndUsers(me: Viewer, at: Date) {
    for (const agency of demoAgencies) {
      if (this.agencyIds.has(agency.key)) continue;
      const { agencyId } = await createAgency(me, { name: agency.name, type: agency.type });
      this.agencyIds.set(agency.key, agencyId);
    }
    // The area's female population aged 16 and over, for the dataset's cases per 10,000 women.
    await updateAreaSettings(me, { adultFemalePopulation: String(demoArea.adultFemalePopulation) });
    for (const [i, user] of demoUsers.entries()) {
      const { userId, setupLink } = await createUser(me, { name: user.name, email: this.email(user.email), role: user.role, agencyId: this.agencyIds.get(user.agency)! });
      this.userIds.set(user.email, userId);
      if (user.state === 'awaiting_setup') continue;
      // Each person follows their link later that day.
      this.timeline.add(new Date(at.getTime() + (60 + 7 * i) * MINUTE), null, () => choosePassword(setupLink));
      if (user.state === 'disabled') {
        this.timeline.add(ukTimeToInstant(this.calendar.date(this.calendar.meeting(3)), '16:00'), demoAdmin.email, async (admin) => {
          await disableUser(admin, userId);
        });
      }
    }
  }

  // ----- Referrals ------------------------------------------------------------------------------

  private planReferral(spec: Spec, index: number) {
    const at = (daysAgo: number, step: number) => this.calendar.at(daysAgo, index, step);
    const { created, edited, submitted, screened } = spec.days;
    const referrer = referrers[spec.by];
    const form: ReferralForm = {
      referrer: { name: demoUsers.find((u) => u.email === spec.by)!.name, jobTitle: referrer.jobTitle, phone: referrer.phone, email: this.email(spec.by) },
      ...spec.form,
      // The referrer also chooses the ethnic group of the ethnicity the victim gave (the dataset counts it).
      ...(spec.form.victim && { victim: { ...spec.form.victim, ethnicGroup: spec.form.victim.ethnicGroup ?? ethnicGroupOf(spec.form.victim.ethnicity) } }),
    };
    const steps = referralSteps.filter((s) => form[s] !== undefined);
    // A draft edited later had its last step saved then.
    const laterSteps = edited !== undefined ? steps.slice(-1) : [];

    this.timeline.add(at(created, 0), spec.by, async (me) => {
      const { referralId } = await createReferral(me);
      this.referralIds.set(index, referralId);
      this.versions.set(referralId, 1);
      // A joint referral names the other agency on the first step, chosen from the area's agencies.
      if (spec.jointWith) form.referrer = { ...form.referrer!, jointAgency: this.agencyIds.get(spec.jointWith)! };
      for (const step of steps.filter((s) => !laterSteps.includes(s))) await this.saveStep(me, referralId, step, form[step]);
    });
    if (edited !== undefined) {
      this.timeline.add(at(edited, 1), spec.by, async (me) => {
        const referralId = this.referralIds.get(index)!;
        for (const step of laterSteps) await this.saveStep(me, referralId, step, form[step]);
      });
    }
    if (submitted === undefined) return;
    this.timeline.add(at(submitted, 1), spec.by, (me) => this.submit(me, index));
    if (spec.returnedBefore) {
      const r = spec.returnedBefore;
      this.timeline.add(at(r.returned, 2), 'coordinator@marac.example', (me) => this.screen(me, index, 'return', r.question));
      this.timeline.add(at(r.answered, 3), spec.by, (me) => this.submit(me, index, r.answer));
    }
    if (screened === undefined) return;
    const decision = spec.status === 'accepted' ? 'accept' : spec.status === 'returned' ? 'return' : 'decline';
    this.timeline.add(at(screened, 4), 'coordinator@marac.example', (me) => this.screen(me, index, decision, spec.note ?? '', spec.caseKey));
  }

  /** An entry of a case's incident log, logged by `by` through the log's verbs, with its screenshot and correction; a breach names the case's order (`orderOf`). */
  private planIncident(caseKey: string, by: string, incident: DemoIncident, index: number, orderOf: (caseKey: string) => string) {
    const { calendar } = this;
    const loggedAt = calendar.at(incident.loggedDaysAgo, index, 2);
    const { occurred } = incident;
    const fields = {
      occurredPrecision: occurred.precision,
      occurredOn: calendar.date(occurred.daysAgo),
      occurredTime: occurred.time ?? '',
      occurredUntil: occurred.untilDaysAgo === undefined ? '' : calendar.date(occurred.untilDaysAgo),
      channel: incident.channel,
      platform: incident.platform ?? '',
      account: incident.account ?? '',
      url: incident.url ?? '',
      summary: incident.summary,
      behaviours: incident.behaviours,
      originalKeptAt: incident.originalKeptAt ?? '',
      witnesses: incident.witnesses ?? '',
    };
    let number = 0;
    this.timeline.add(loggedAt, by, async (me) => {
      const caseId = this.caseIds.get(caseKey)!;
      ({ number } = await recordIncident(me, { caseId, ...fields, breachOfOrderId: incident.breach ? orderOf(caseKey) : '' }));
      if (incident.screenshot) {
        const bytes = new Uint8Array(await fakePostScreenshot(incident.screenshot.post));
        await addAttachment(me, { caseId, number, fileName: incident.screenshot.fileName, bytes });
      }
    });
    const { correction } = incident;
    if (correction) {
      this.timeline.add(new Date(loggedAt.getTime() + DAY), by, async (me) => {
        await correctIncident(me, { caseId: this.caseIds.get(caseKey)!, number, version: 1, ...fields, summary: correction.summary, reason: correction.reason });
      });
    }
  }

  private async saveStep(me: Viewer, referralId: string, step: ReferralStep, values: unknown) {
    const { version } = await saveReferralStep(me, { referralId, version: this.versions.get(referralId)!, step, values });
    this.versions.set(referralId, version);
  }

  private async submit(me: Viewer, index: number, answer?: string) {
    const referralId = this.referralIds.get(index)!;
    const { version } = await getReferral(me, referralId);
    await submitReferral(me, { referralId, version, answer });
  }

  /** The coordinator opens the referral, decides each possible earlier case, and screens it. */
  private async screen(me: Viewer, index: number, decision: 'accept' | 'return' | 'decline', note: string, caseKey?: string) {
    const referralId = this.referralIds.get(index)!;
    const referral = await getReferral(me, referralId);
    const sameCase = caseKey ? this.caseIds.get(caseKey) : undefined;
    const matches = Object.fromEntries((referral.matches ?? []).map((m) => [m.id, m.caseId === sameCase ? ('confirmed' as const) : ('rejected' as const)]));
    const { caseId } = await screenReferral(me, { referralId, version: referral.version, decision, note, matches: decision === 'accept' ? matches : {} });
    if (caseId && caseKey) {
      this.caseIds.set(caseKey, caseId);
      this.caseKeyById.set(caseId, caseKey);
    }
    // Accepted after the coming meeting's agenda went out: the coordinator adds it by hand.
    if (caseId && this.upcoming && !this.upcoming.caseIds.has(caseId)) {
      await addCaseToAgenda(me, { meetingId: this.upcoming.meetingId, caseId });
      this.upcoming.caseIds.add(caseId);
    }
  }

  // ----- Meetings -------------------------------------------------------------------------------

  private planMeeting(k: number, scheduleAt: Date) {
    const coordinator = 'coordinator@marac.example';
    const chair = 'chair@marac.example';
    this.timeline.add(scheduleAt, coordinator, (me) => this.schedule(me, k));
    const publishAt = this.onMeetingDay(k, '09:00', -agendaPublishedDaysBefore);
    this.timeline.add(publishAt, coordinator, (me) => this.publish(me, k, null, new Date(publishAt.getTime() + DAY)));

    // On the day: everyone confirms the confidentiality statement, the chair takes the register and runs it.
    const present = demoAgencies.filter((a) => !this.apologiesAt(k, a.key));
    const attendees = [...new Set([coordinator, chair, ...present.map((a) => agencyRepresentative[a.key])])];
    attendees.forEach((email, i) =>
      this.timeline.add(this.onMeetingDay(k, `09:${String(40 + i).padStart(2, '0')}`), email, async (me) => {
        // Before the meeting each of them catches up with what the app has told them; since the last
        // meeting they have been too busy, so what came after it is still unread.
        if (k > 0) await markAllNotificationsRead(me);
        await confirmConfidentiality(me, this.meetingIds.get(k)!);
      }),
    );
    this.timeline.add(this.onMeetingDay(k, '09:58'), chair, (me) => this.register(me, k));
    this.timeline.add(this.onMeetingDay(k, '10:00'), chair, (me) => this.hear(me, k));
    this.timeline.add(this.onMeetingDay(k, '14:00'), coordinator, async (me) => {
      await finaliseMinutes(me, this.meetingIds.get(k)!);
    });
  }

  private apologiesAt(k: number, agency: AgencyKey) {
    return k % 3 === 0 ? apologies[agency] : undefined;
  }

  private async schedule(me: Viewer, k: number) {
    const { meetingId } = await scheduleMeeting(me, {
      date: this.calendar.date(this.calendar.meeting(k)),
      time: meetingPlace.time,
      venue: meetingPlace.venue,
      chairUserId: this.userIds.get('chair@marac.example'),
    });
    this.meetingIds.set(k, meetingId);
  }

  /** The coordinator builds and publishes the agenda; the research requests go out; agencies research. */
  private async publish(me: Viewer, k: number, researchers: AgencyKey[] | null, researchFrom: Date) {
    const meetingId = this.meetingIds.get(k)!;
    await buildAgenda(me, meetingId);
    await publishAgenda(me, meetingId);
    await sendResearchRequests();
    const agenda = await getAgenda(me, meetingId);
    const items = agenda.sections.flatMap((s) => s.items);
    // Until the meeting, cases accepted late are added to its agenda by hand (not to the coming one's).
    this.upcoming = researchers ? null : { meetingId, caseIds: new Set(items.map((item) => item.caseId)) };
    items.forEach((item, i) => {
      const whoResearches = researchers ?? [...alwaysResearch, ...(item.children > 0 ? researchWhenChildren : []), ...(i % 2 === 0 ? (['housing'] as const) : [])];
      const noTrace: AgencyKey[] = researchers ? [] : (['probation', 'adults'] as AgencyKey[]).filter((a) => !whoResearches.includes(a));
      [...whoResearches, ...noTrace].forEach((agency, j) => {
        const at = new Date(researchFrom.getTime() + (i * 7 + j * 53) * MINUTE);
        this.timeline.add(at, agencyRepresentative[agency], (who) => this.research(who, item.id, agency, noTrace.includes(agency)));
      });
    });
  }

  private async research(me: Viewer, agendaItemId: string, agency: AgencyKey, noTrace: boolean) {
    const found = researchByAgency[agency];
    await saveResearch(
      me,
      noTrace || !found
        ? { agendaItemId, version: 0, noTrace: 'yes' }
        : { agendaItemId, version: 0, noTrace: 'no', facts: found.facts, opinion: found.opinion, risks: found.risks, withheld: found.withheld ?? '' },
    );
  }

  private async register(me: Viewer, k: number) {
    const meetingId = this.meetingIds.get(k)!;
    const entries = demoAgencies.map((a) => ({
      agencyId: this.agencyIds.get(a.key)!,
      status: this.apologiesAt(k, a.key) ?? ('present' as const),
      representative: this.apologiesAt(k, a.key) ? '' : demoUsers.find((u) => u.email === agencyRepresentative[a.key])!.name,
    }));
    await recordAttendance(me, { meetingId, entries });
  }

  /** The chair starts the meeting, reviews last meeting's actions, hears each case, and agrees actions. */
  private async hear(me: Viewer, k: number) {
    const meetingId = this.meetingIds.get(k)!;
    this.upcoming = null;
    await startMeeting(me, meetingId);
    const run = await getMeetingRun(me, meetingId);
    const meetingDay = this.calendar.date(this.calendar.meeting(k));
    for (const action of run.incompleteActions) {
      const planned = this.agreed.get(action.id);
      // Left with nothing done by its due date: the meeting records it as not done.
      if (planned?.outcome === 'left_open' && action.dueOn < meetingDay) {
        await reviewIncompleteAction(me, { meetingId, actionItemId: action.id, outcome: 'not_done', note: 'The agency gave no update.' });
      }
    }
    for (const item of run.items) {
      const view = await getMeetingCase(me, item.id);
      const key = this.caseKeyById.get(view.caseId)!;
      const heardBefore = this.timesHeard.get(key) ?? 0;
      this.timesHeard.set(key, heardBefore + 1);
      const hearing = hearings[key]?.[heardBefore];
      if (!hearing) throw new Error(`demo: no minutes for case ${key}, hearing ${heardBefore + 1}`);
      await saveMinutes(
        me,
        {
          agendaItemId: item.id,
          version: view.minutes.version,
          informationShared: hearing.informationShared,
          risksToVictim: hearing.risksToVictim,
          risksToChildren: hearing.risksToChildren ?? '',
          risksToOthers: hearing.risksToOthers ?? '',
          crimesDisclosed: hearing.crimesDisclosed ?? '',
          decisions: hearing.decisions,
        },
      );
      for (const action of hearing.actions) await this.agree(me, k, item.id, action);
    }
  }

  private async agree(me: Viewer, k: number, agendaItemId: string, action: DemoAction) {
    const meetingAt = this.onMeetingDay(k, '10:00');
    const dueOn = this.calendar.date(this.calendar.meeting(k) - action.dueInDays);
    const { actionItemId } = await addActionItem(
      me,
      {
        agendaItemId,
        description: action.text,
        ownerAgencyId: this.agencyIds.get(action.agency)!,
        ...(action.givenTo ? { ownerUserId: withoutAccount, ownerName: action.givenTo } : { ownerUserId: this.userIds.get(action.owner)! }),
        dueOn,
      },
    );
    this.agreed.set(actionItemId, action);
    const due = ukTimeToInstant(dueOn, '12:00').getTime();
    const update = (at: number, status: 'in_progress' | 'completed' | 'not_possible', note: string) =>
      this.timeline.add(new Date(Math.max(at, meetingAt.getTime() + 2 * 3_600_000)), action.owner, async (owner) => {
        const { version } = await getActionItem(owner, actionItemId);
        await updateActionItem(owner, { actionItemId, version, status, note });
      });
    const progress = action.progress ?? 'Started.';
    const started = meetingAt.getTime() + 3 * DAY;
    switch (action.outcome) {
      case 'on_time':
        if (action.progress) update(started, 'in_progress', progress);
        update(due - 2 * DAY, 'completed', action.done ?? 'Done.');
        break;
      case 'late':
        update(started, 'in_progress', progress);
        update(due + 6 * DAY, 'completed', action.done ?? 'Done, later than agreed.');
        break;
      case 'in_progress':
        update(started, 'in_progress', progress);
        break;
      case 'not_possible':
        if (action.progress) update(started, 'in_progress', progress);
        update(due + 2 * DAY, 'not_possible', 'Circumstances have changed: this can no longer be done as agreed.');
        break;
      case 'left_open':
        break;
    }
  }
}

/** The person follows their set-up link and chooses the demo password. */
async function choosePassword(setupLink: string) {
  await completeSetup({ token: tokenOf(setupLink), password: DEMO_PASSWORD, confirm: DEMO_PASSWORD }, `demo-setup-${tokenOf(setupLink).slice(0, 8)}`);
}
