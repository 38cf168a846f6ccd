// The demo area, its agencies and the people who work in them: the accounts listed in README.md. All
// fictional. The first administrator sets the area up; the rest are added by that administrator and
// choose their own password through the set-up link, as in the app.
import type { AgencyType } from '@/db/enums';
import type { Role } from '@/db/enums';

export const demoArea = {
  name: 'Kestrel Vale',
  caseNumberPrefix: 'KV',
  /** Days before the last meeting that the area was set up: before the first referral of the demo. */
  setUpDaysBeforeFirstMeeting: 60,
  /**
   * Women aged 16 and over in the fictional area, which its administrator sets (Area settings). Small,
   * as the demo's caseload is: about 20 cases a year, some 40 per 10,000 women.
   */
  adultFemalePopulation: 5_200,
};

export type AgencyKey = 'csp' | 'police' | 'idva' | 'housing' | 'childrens' | 'adults' | 'health' | 'probation' | 'mentalhealth' | 'recovery';

export const demoAgencies: { key: AgencyKey; name: string; type: AgencyType }[] = [
  { key: 'csp', name: 'Kestrel Vale Community Safety Partnership', type: 'other' },
  { key: 'police', name: 'Kestrel Vale Police', type: 'police' },
  { key: 'idva', name: 'Kestrel Vale IDVA Service', type: 'idva' },
  { key: 'housing', name: 'Kestrel Vale Housing Options', type: 'housing' },
  { key: 'childrens', name: 'Kestrel Vale Children’s Social Care', type: 'childrens_social_care' },
  { key: 'adults', name: 'Kestrel Vale Adult Social Care', type: 'adult_social_care' },
  { key: 'health', name: 'Kestrel Vale Hospitals NHS Trust', type: 'secondary_care' },
  { key: 'probation', name: 'Probation Service, Kestrel Vale', type: 'probation' },
  { key: 'mentalhealth', name: 'Kestrel Vale Community Mental Health Team', type: 'mental_health' },
  { key: 'recovery', name: 'Kestrel Recovery Service', type: 'substance_misuse' },
];

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  agency: AgencyKey;
  /** Left waiting for their set-up link, or disabled after leaving. */
  state?: 'awaiting_setup' | 'disabled';
}

/** The first administrator: the one account the area is set up with. */
export const demoAdmin: DemoUser = { email: 'admin@marac.example', name: 'Dana Whitfield', role: 'admin', agency: 'csp' };

/** Everyone else, added by the administrator. All but two choose DEMO_PASSWORD. */
export const demoUsers: DemoUser[] = [
  { email: 'coordinator@marac.example', name: 'Morgan Ellery', role: 'coordinator', agency: 'csp' },
  { email: 'coordinator2@marac.example', name: 'Sam Okafor', role: 'coordinator', agency: 'idva' },
  { email: 'chair@marac.example', name: 'Inspector Ruth Calloway', role: 'chair', agency: 'police' },
  { email: 'police@marac.example', name: 'DC Owen Prestwick', role: 'agency', agency: 'police' },
  { email: 'police2@marac.example', name: 'PC Hana Ridley', role: 'agency', agency: 'police' },
  { email: 'idva@marac.example', name: 'Leah Marchetti', role: 'agency', agency: 'idva' },
  { email: 'housing@marac.example', name: 'Tom Ashdown', role: 'agency', agency: 'housing' },
  { email: 'childrens@marac.example', name: 'Grace Obi', role: 'agency', agency: 'childrens' },
  { email: 'adults@marac.example', name: 'Patrick Lowe', role: 'agency', agency: 'adults' },
  { email: 'health@marac.example', name: 'Dr Anika Sethi', role: 'agency', agency: 'health' },
  { email: 'probation@marac.example', name: 'Colin Harte', role: 'agency', agency: 'probation' },
  { email: 'mentalhealth@marac.example', name: 'Yusuf Brennan', role: 'agency', agency: 'mentalhealth' },
  { email: 'recovery@marac.example', name: 'Jess Tolland', role: 'agency', agency: 'recovery' },
  // Reads the audit log and who has seen each case, by number; sees no case records.
  { email: 'iglead@marac.example', name: 'Nadia Quarshie', role: 'ig_lead', agency: 'csp' },
  // Reads the MARAC dataset and downloads the quarterly return for the steering group; sees no case records.
  { email: 'steering@marac.example', name: 'Elaine Brookfield', role: 'steering_group', agency: 'csp' },
  { email: 'new.starter@marac.example', name: 'Robin Fairley', role: 'agency', agency: 'housing', state: 'awaiting_setup' },
  { email: 'left@marac.example', name: 'Alex Penrose', role: 'agency', agency: 'health', state: 'disabled' },
];

/** Who speaks for each agency at meetings and does its research and actions. */
export const agencyRepresentative: Record<AgencyKey, string> = {
  csp: 'coordinator@marac.example',
  police: 'police@marac.example',
  idva: 'idva@marac.example',
  housing: 'housing@marac.example',
  childrens: 'childrens@marac.example',
  adults: 'adults@marac.example',
  health: 'health@marac.example',
  probation: 'probation@marac.example',
  mentalhealth: 'mentalhealth@marac.example',
  recovery: 'recovery@marac.example',
};
