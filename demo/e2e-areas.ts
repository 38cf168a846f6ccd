// The end-to-end tests' own areas (e2e/support/own-areas.ts says which and why), made through the
// app's own verbs: each is a copy of the demo, or of its people alone, under its own name and email
// domain, and for the meeting tests today's meeting is then taken as far as the test needs. Run by
// `scripts/db.ts e2e-areas <file>` before the end-to-end server starts; what was made goes to <file>
// as JSON for the tests' fixture. Nothing removes them: the audit log refuses deletes by design, so
// the scratch database (or PGlite folder) that scripts/e2e.mjs drops at the end is the clean-up.
import { todayInUk } from '@/db/clock';
import type { AttendanceStatus } from '@/db/enums';
import { DEMO_PASSWORD } from '@/db/demo-password';
import { demoAdmin, demoUsers, type AgencyKey } from '@/demo/data/area';
import { emailIn, makeDemoArea, signInAsDemoPerson } from '@/demo/seed';
import { withoutAccount } from '@/lib/action-items/labels';
import type { Viewer } from '@/lib/auth/viewer-type';
import { buildAgenda, deferAgendaItem, getAgenda, publishAgenda } from '@/lib/meetings/agenda';
import { saveResearch } from '@/lib/meetings/research';
import { sendResearchRequests } from '@/lib/meetings/research-requests';
import { addActionItem, confirmConfidentiality, getMeetingCase, getMeetingRun, recordAttendance, saveMinutes, startMeeting } from '@/lib/meetings/run';
import { scheduleMeeting } from '@/lib/meetings/schedule';
import { markAllNotificationsRead } from '@/lib/notifications/list';
import { emailDomainOf, ownAreaKeysInPart, ownAreaRecipes, type OwnAreaKey, type OwnAreaRecord, type OwnAreaRecipe } from '@/e2e/support/own-areas';

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

type Ids = { userIds: Map<string, string>; agencyIds: Map<AgencyKey, string> };

/** Makes the own areas of one part (of `parts`); returns what the tests need to know of each. */
export async function makeOwnAreas(part = 0, parts = 1): Promise<OwnAreaRecord[]> {
  const made: OwnAreaRecord[] = [];
  for (const key of ownAreaKeysInPart(part, parts)) {
    const recipe: OwnAreaRecipe = ownAreaRecipes[key];
    const started = Date.now();
    made.push(await makeOwnArea(key, recipe));
    console.log(`  ${key} (${recipe.kind}${'stage' in recipe && recipe.stage ? `, ${recipe.stage}` : ''}): ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return made;
}

async function makeOwnArea(key: OwnAreaKey, recipe: OwnAreaRecipe): Promise<OwnAreaRecord> {
  const emailDomain = emailDomainOf(key);
  const name = `Kestrel Vale (${key})`;
  const ids = await makeDemoArea(new Date(), { name, emailDomain, peopleOnly: recipe.kind === 'people' });
  const people = Object.fromEntries([demoAdmin, ...demoUsers].map((u) => [u.email.split('@')[0], { email: emailIn(emailDomain, u.email), name: u.name }]));
  const record: OwnAreaRecord = { key, name, password: DEMO_PASSWORD, people };
  if (recipe.kind === 'story' && recipe.stage) record.meeting = await stageTodaysMeeting(new Stage(emailDomain, ids), recipe.stage);
  return record;
}

/** The people of one area, signed in as needed, on the real clock. */
class Stage {
  private viewers = new Map<string, Viewer>();
  private requests = 0;
  constructor(
    private emailDomain: string,
    readonly ids: Ids,
  ) {}

  async as(local: string): Promise<Viewer> {
    const open = this.viewers.get(local);
    if (open) return open;
    const { viewer } = await signInAsDemoPerson(emailIn(this.emailDomain, `${local}@marac.example`), `e2e-area-${++this.requests}`);
    this.viewers.set(local, viewer);
    return viewer;
  }

  userId(local: string) {
    return this.ids.userIds.get(`${local}@marac.example`)!;
  }

  agencyId(key: AgencyKey) {
    return this.ids.agencyIds.get(key)!;
  }
}

/**
 * What the meeting tests do in the browser up to the point a test starts from: the coordinator
 * schedules today's meeting and one in six weeks, lists the waiting cases, defers all but two (the
 * last adult-only case each time) and publishes; agencies research; the meeting is run and minuted.
 */
async function stageTodaysMeeting(stage: Stage, upTo: 'published' | 'researched' | 'minuted'): Promise<NonNullable<OwnAreaRecord['meeting']>> {
  const coordinator = await stage.as('coordinator');
  const schedule = (date: string, venue: string) =>
    scheduleMeeting(coordinator, { date, time: '10:00', venue, chairUserId: stage.userId('chair') });
  const { meetingId: later } = await schedule(inDays(42), 'Kestrel Vale Civic Centre, room 4');
  const { meetingId: today } = await schedule(todayInUk(), 'Kestrel Vale Civic Centre, room 2');
  await buildAgenda(coordinator, today);
  const listed = async () => (await getAgenda(coordinator, today)).sections;
  for (let sections = await listed(); sections.flatMap((s) => s.items).length > 2; sections = await listed()) {
    const adults = sections.find((s) => s.section === 'adults')?.items ?? [];
    if (adults.length === 0) throw new Error('e2e areas: no adult-only case left to defer');
    await deferAgendaItem(coordinator, { itemId: adults.at(-1)!.id, toMeetingId: later, reason: 'Agenda is full; lower risk' });
  }
  await publishAgenda(coordinator, today);
  await sendResearchRequests();
  const first = (await listed()).flatMap((s) => s.items)[0];
  const meeting = { today: `/meetings/${today}`, later: `/meetings/${later}`, firstCase: first.caseNumber };
  if (upTo === 'published') return meeting;

  const research = async (local: string, answer: { noTrace: 'yes' } | { noTrace: 'no'; facts: string }) =>
    saveResearch(await stage.as(local), { agendaItemId: first.id, version: 0, ...answer });
  await research('police', { noTrace: 'no', facts: 'Two call-outs to the address since August; bail conditions in place' });
  await research('health', { noTrace: 'no', facts: 'Attended A&E in October with a wrist injury' });
  await research('housing', { noTrace: 'yes' });
  if (upTo === 'researched') return meeting;

  // Another police officer has read everything, so that a test can show she is not told of a colleague's action.
  await markAllNotificationsRead(await stage.as('police2'));
  for (const local of ['chair', 'police', 'housing', 'coordinator']) await confirmConfidentiality(await stage.as(local), today);
  const chair = await stage.as('chair');
  const { register, items } = await getMeetingRun(chair, today);
  const took: Record<string, { status: AttendanceStatus; representative: string }> = {
    [stage.agencyId('police')]: { status: 'present', representative: 'DC Owen Prestwick' },
    [stage.agencyId('housing')]: { status: 'present', representative: '' },
    [stage.agencyId('health')]: { status: 'apologies_info_sent', representative: '' },
  };
  const entries = register.map((r) => ({ agencyId: r.agencyId, status: took[r.agencyId]?.status ?? '', representative: took[r.agencyId]?.representative ?? '' }));
  await recordAttendance(chair, { meetingId: today, entries });
  await startMeeting(chair, today);
  const item = items.find((i) => i.caseNumber === first.caseNumber)!;
  const { minutes } = await getMeetingCase(chair, item.id);
  await saveMinutes(
    chair,
    {
      agendaItemId: item.id,
      version: minutes.version,
      informationShared: 'Police: two call-outs since August. Health: A&E attendance in October.',
      risksToVictim: 'Serious injury; escalation after separation',
      risksToChildren: 'Two children at the address; the school is to be told',
      decisions: 'IDVA to lead; target hardening',
    },
  );
  const actions = [
    { description: 'Fit a panic alarm at the address', ownerAgencyId: stage.agencyId('police'), ownerUserId: stage.userId('chair') },
    { description: 'Flag the address for an urgent response', ownerAgencyId: stage.agencyId('police'), ownerUserId: stage.userId('police') },
    { description: 'Assess for a management transfer', ownerAgencyId: stage.agencyId('housing'), ownerUserId: withoutAccount, ownerName: 'Housing Options duty officer' },
  ];
  for (const action of actions) await addActionItem(chair, { agendaItemId: item.id, dueOn: inDays(28), ...action });
  return meeting;
}
