// The end-to-end tests' own areas: one for each test that changes data another test might read, so
// no test depends on another having run, or not run, before it. Two areas are shared, by tests that
// touch different records of them (a story costs about 20 s to make): `meeting-published` by the
// research test (today's first case) and the research-request test (reads its notice); and
// `meeting-minuted` by the tests that work the meeting's actions (the police one is reassigned, the
// housing one completed) and the one that finalises its minutes. scripts/e2e.mjs makes them all before
// the server starts (demo/e2e-areas.ts, through the app's own verbs), because on PGlite the running
// server holds the database and the test process cannot open it; the fixture (e2e/support/fixtures.ts)
// reads what was made. A plain module: both the maker (under tsx) and Playwright import it.
//
//   people: the demo's agencies and people alone (quick: no cases);
//   story:  a whole copy of the demo's story, cases, meetings and actions included (about 20 s each);
//   stage:  on a story, today's meeting taken as far as a test needs it to have come, by the same
//           steps the meeting tests take in the browser: `published` (two cases on today's agenda, the
//           rest deferred to a meeting in six weeks, research requests sent), `researched` (police and
//           health hold information on the first case, housing has no trace), `minuted` (the meeting
//           under way, the first case minuted with three actions agreed).

export type OwnAreaRecipe = { kind: 'people' } | { kind: 'story'; stage?: 'published' | 'researched' | 'minuted' };

export const ownAreaRecipes = {
  'sign-in-lockout': { kind: 'people' },
  'mfa': { kind: 'story' },
  'admin-disables': { kind: 'people' },
  'admin-adds-user': { kind: 'people' },
  'admin-changes-role': { kind: 'people' },
  'ends-own-session': { kind: 'people' },
  'email-choices': { kind: 'people' },
  'unreadable-actions': { kind: 'people' },
  'police-referral': { kind: 'people' },
  'housing-referral': { kind: 'people' },
  'screening': { kind: 'people' },
  'referral-access': { kind: 'people' },
  'repeat-referral': { kind: 'story' },
  'action-completed': { kind: 'story' },
  'overdue-reminder': { kind: 'story' },
  'reveal': { kind: 'story' },
  'who-has-seen': { kind: 'story' },
  'incident-log': { kind: 'story' },
  'stalking-orders': { kind: 'story' },
  'course-of-conduct': { kind: 'story' },
  'preservation': { kind: 'story' },
  'meeting-scheduled': { kind: 'story' },
  'meeting-published': { kind: 'story', stage: 'published' },
  'meeting-not-yet': { kind: 'story', stage: 'published' },
  'meeting-run': { kind: 'story', stage: 'researched' },
  'meeting-minuted': { kind: 'story', stage: 'minuted' },
} as const satisfies Record<string, OwnAreaRecipe>;

export type OwnAreaKey = keyof typeof ownAreaRecipes;

/** The areas in `parts` groups of about equal cost, so that on PostgreSQL they can be made side by side. */
export function ownAreaKeysInPart(part: number, parts: number): OwnAreaKey[] {
  const keys = Object.keys(ownAreaRecipes) as OwnAreaKey[];
  const byCost = [...keys.filter((k) => ownAreaRecipes[k].kind === 'story'), ...keys.filter((k) => ownAreaRecipes[k].kind === 'people')];
  return byCost.filter((_, i) => i % parts === part);
}

/** A person of an own area, by the local part of their demo address ("coordinator", "police2"). */
export interface OwnPerson {
  email: string;
  name: string;
}

/** What the maker writes for each area, and the fixture hands to a test. */
export interface OwnAreaRecord {
  key: OwnAreaKey;
  name: string;
  /** Everyone's password (the demo's). */
  password: string;
  people: Record<string, OwnPerson>;
  /** With a stage: today's meeting and the later one (paths), and the first case on today's agenda. */
  meeting?: { today: string; later: string; firstCase: string };
}

/** The area's people's email domain: each area's own, as emails are unique across the service. */
export const emailDomainOf = (key: OwnAreaKey) => `${key}.e2e.example`;
