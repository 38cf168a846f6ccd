// The demo area's referrals and the cases they are accepted into. Everything here is fictional: the
// people, their addresses (in the fictional town of Kestrel Vale), the schools, and the phone numbers
// (Ofcom's drama ranges). The driver (demo/seed.ts) makes each one through the app's own verbs, as the
// referrer and the coordinator, on the days given here, counted back from the day the demo is made.
import { currentRiskChecklist, currentStalkingScreen, type Answer } from '@/lib/referrals/checklists';
import type { AgencyKey } from './area';
import type { HouseholdMember, ReferralForm } from '@/lib/referrals/form/schemas';
import type { ReferralStatus } from '@/db/enums';
import type { Calendar } from '../calendar';

/** What each demo referrer puts in the referrer step. */
export const referrers: Record<string, { jobTitle: string; phone: string }> = {
  'police@marac.example': { jobTitle: 'Detective Constable, Public Protection Unit', phone: '01632 960101' },
  'police2@marac.example': { jobTitle: 'Police Constable, Neighbourhood Policing', phone: '01632 960102' },
  'idva@marac.example': { jobTitle: 'Senior IDVA', phone: '01632 960201' },
  'coordinator2@marac.example': { jobTitle: 'IDVA Service Manager', phone: '01632 960202' },
  'housing@marac.example': { jobTitle: 'Housing Options Officer', phone: '01632 960301' },
  'childrens@marac.example': { jobTitle: 'Social Worker, Children’s Assessment Team', phone: '01632 960401' },
  'adults@marac.example': { jobTitle: 'Social Worker, Adult Safeguarding', phone: '01632 960501' },
  'health@marac.example': { jobTitle: 'Named Doctor for Safeguarding', phone: '01632 960601' },
  'probation@marac.example': { jobTitle: 'Probation Officer', phone: '01632 960701' },
  'mentalhealth@marac.example': { jobTitle: 'Community Mental Health Nurse', phone: '01632 960801' },
  'recovery@marac.example': { jobTitle: 'Recovery Worker', phone: '01632 960901' },
};

// ---------------------------------------------------------------------------------------------------
// Form builders: each step is parsed by its draft schema, as the app stores it.

type Values = Record<string, string>;

/** The ONS high-level ethnic group a referrer would choose for the ethnicity the victim gave (the dataset counts it). */
export function ethnicGroupOf(ethnicity: string | undefined): string {
  if (!ethnicity) return '';
  if (/mixed/i.test(ethnicity)) return 'mixed';
  if (/black/i.test(ethnicity)) return 'black';
  if (/white/i.test(ethnicity)) return 'white';
  if (/indian|pakistani|bangladeshi|chinese|asian|afghan/i.test(ethnicity)) return 'asian';
  return 'other';
}

const victim = (v: Values & { name: string; dob: string }): Values => ({
  aliases: '',
  gender: 'female',
  ethnicity: 'White British',
  disability: 'no',
  lgbt: 'no',
  language: 'English',
  interpreter: 'no',
  safeToCall: 'yes',
  safeTimes: '',
  safeContacts: '',
  unsafeContacts: '',
  ...v,
});

const perpetrator = (p: Values & { name: string; relationship: string }): Values => ({ aliases: '', dob: '', address: '', relationshipDetails: '', ...p });

const child = (name: string, dob: string, relationshipToVictim: string, relationshipToPerpetrator: string, school = ''): HouseholdMember => ({
  name,
  dob,
  child: 'yes',
  relationshipToVictim,
  relationshipToPerpetrator,
  school,
});

const adult = (name: string, dob: string, relationshipToVictim: string, relationshipToPerpetrator: string): HouseholdMember => ({
  name,
  dob,
  child: 'no',
  relationshipToVictim,
  relationshipToPerpetrator,
  school: '',
});

interface ChecklistOptions {
  dontKnow?: number[];
  notAsked?: number[];
  sources?: Record<string, string>;
  /** Drafts: only the questions up to this number are answered so far. */
  upTo?: number;
}

function answersFor(prefix: 'q' | 's', count: number, yes: number[], o: ChecklistOptions): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (let n = 1; n <= Math.min(count, o.upTo ?? count); n++) {
    answers[`${prefix}${n}`] = yes.includes(n) ? 'yes' : o.dontKnow?.includes(n) ? 'dont_know' : o.notAsked?.includes(n) ? 'not_asked' : 'no';
  }
  return answers;
}

const risk = (yes: number[], o: ChecklistOptions = {}): NonNullable<ReferralForm['risk']> => ({
  answers: answersFor('q', currentRiskChecklist.questions.length, yes, o),
  sources: o.sources ?? {},
  markedStalking: yes.includes(8) ? 'yes' : 'no',
});

const stalking = (yes: number[], o: ChecklistOptions = {}): NonNullable<ReferralForm['stalking']> => ({
  answers: answersFor('s', currentStalkingScreen.questions.length, yes, o),
  sources: o.sources ?? {},
});

const criteria = (c: { rationale?: string; incidents: number; crimeReferences?: string[]; previousMarac?: string }): Values => ({
  professionalJudgement: c.rationale ? 'yes' : 'no',
  rationale: c.rationale ?? '',
  policeIncidents: String(c.incidents),
  crimeReferences: (c.crimeReferences ?? []).join('\n'),
  previousMarac: c.previousMarac ?? '',
});

const consent = (c: { wishes: string; request: string; refused?: string; notSought?: string; basis?: string }): Values => ({
  victimAware: c.notSought ? 'no' : 'yes',
  consent: c.refused ? 'no' : c.notSought ? 'not_sought' : 'yes',
  noConsentReason: c.refused ?? c.notSought ?? '',
  lawfulBasis: c.refused || c.notSought ? (c.basis ?? 'prevent_crime') : '',
  victimWishes: c.wishes,
  requestOfMarac: c.request,
});

// ---------------------------------------------------------------------------------------------------
// The referrals.

export interface Spec {
  by: string;
  status: ReferralStatus;
  /** Accepted referrals: the case they joined (the first to be accepted opened it). */
  caseKey?: string;
  /** Submitted referrals: the accepted case whose victim they resemble (left for the coordinator to decide). */
  resembles?: string;
  /** Days ago. */
  days: { created: number; edited?: number; submitted?: number; screened?: number };
  /** The coordinator's question (returned), reason (declined) or note (accepted). */
  note?: string;
  /** Returned once with a question before the final screening. */
  returnedBefore?: { returned: number; question: string; answered: number; answer: string };
  /** A joint referral: the other agency the referrer refers with. */
  jointWith?: AgencyKey;
  /** Everything but the referrer step, which is filled from `by`. */
  form: Omit<ReferralForm, 'referrer'>;
}

export interface CaseSpec {
  key: string;
  /** The meetings (k: 0 = the last one) that heard the case. */
  heard: number[];
}

export const caseSpecs: CaseSpec[] = [
  { key: 'whitlock', heard: [15] },
  { key: 'hollis', heard: [8, 2] },
  { key: 'campbell', heard: [5] },
  { key: 'wrobel', heard: [10, 1] },
  { key: 'kettleby', heard: [3] },
  { key: 'mensah', heard: [6] },
  { key: 'yusuf', heard: [1] },
  { key: 'ellwood', heard: [4] },
  { key: 'marsh', heard: [0] },
  { key: 'zhou', heard: [9] },
  { key: 'ferreira', heard: [7] },
  { key: 'kowalczyk', heard: [14] },
  { key: 'pryor', heard: [12] },
  { key: 'begum', heard: [2] },
  { key: 'osei', heard: [] },
  { key: 'fairbairn', heard: [] },
  { key: 'popescu', heard: [] },
  { key: 'nair', heard: [] },
];

export function referralSpecs(c: Calendar): Spec[] {
  const { m, born } = c;

  // People who appear in more than one referral.
  const hannah = { name: 'Hannah Whitlock', dob: '1988-03-14', phone: '07700 900114' };
  const craig = perpetrator({ name: 'Craig Whitlock', dob: '1985-11-02', relationship: 'partner' });
  const whitlockChildren = [
    child('Alfie Whitlock', born(9, '06-12'), 'Son', 'Son', 'Curlew Gardens Primary School, Kestrel Vale'),
    child('Poppy Whitlock', born(6, '02-27'), 'Daughter', 'Daughter', 'Curlew Gardens Primary School, Kestrel Vale'),
  ];
  const leanne = victim({
    name: 'Leanne Hollis',
    dob: '1993-07-22',
    address: '41 Harrier Lane, Kestrel Vale',
    phone: '07700 900231',
    safeTimes: 'Weekdays between 9:30 and 2:30, while the children are at school',
    safeContacts: 'Her mother, Sue Hollis',
    unsafeContacts: 'Dean’s sister, who lives in the same street',
  });
  const dean = perpetrator({ name: 'Dean Crossley', dob: '1990-01-30', address: 'Not known: sofa-surfing in Kestrel Vale', relationship: 'ex_partner' });
  const hollisChildren = [
    child('Kayden Hollis', born(7, '09-03'), 'Son', 'Stepson', 'Harrier Lane Primary School, Kestrel Vale'),
    child('Maisie Crossley', born(3, '04-18'), 'Daughter', 'Daughter', 'Little Kestrels Nursery, Kestrel Vale'),
  ];
  const shanice = victim({
    name: 'Shanice Campbell-Reid',
    aliases: 'Shanice Reid',
    dob: '1996-05-09',
    ethnicity: 'Mixed White and Black Caribbean',
    address: '7 Osprey Court, Kestrel Vale',
    phone: '07700 900358',
    safeTimes: 'Any time: she keeps this phone with her',
    safeContacts: 'Her manager at work, Priti',
    unsafeContacts: 'Ryan’s friends at the Kestrel Vale gym',
  });
  const ryan = perpetrator({ name: 'Ryan Talbot', dob: '1994-08-17', address: '19 Marsh Lane, Kestrel Vale', relationship: 'ex_partner' });
  const agnieszka = victim({
    name: 'Agnieszka Wróbel',
    aliases: 'Agnieszka Wrobel',
    dob: '1990-10-03',
    ethnicity: 'White Polish',
    language: 'Polish',
    interpreter: 'yes',
    address: '3 Linnet Grove, Kestrel Vale',
    phone: '07700 900472',
    safeTimes: 'Tuesday and Thursday mornings, when she takes the baby to clinic',
    safeContacts: 'Her friend Marta from church',
    unsafeContacts: 'Anyone in Tomasz’s family',
  });
  const tomasz = perpetrator({ name: 'Tomasz Wróbel', aliases: 'Tomasz Wrobel', dob: '1987-06-21', address: '3 Linnet Grove, Kestrel Vale', relationship: 'partner' });
  const wrobelChildren = [
    child('Zofia Wróbel', born(4, '01-15'), 'Daughter', 'Daughter', 'Osprey Fields Primary School Nursery, Kestrel Vale'),
    child('Jakub Wróbel', c.date(330), 'Son', 'Son'),
  ];
  const john = { dob: '1979-12-01', gender: 'male', disability: 'yes', address: '12 Wagtail Row, Kestrel Vale', phone: '07700 900519', safeToCall: 'no' };
  const carla = perpetrator({ name: 'Carla Kettleby', dob: '1981-04-18', address: '12 Wagtail Row, Kestrel Vale', relationship: 'partner' });
  const ama = {
    dob: '1985-02-26',
    ethnicity: 'Black African (Ghanaian)',
    language: 'English and Twi',
    address: '56 Plover Street, Kestrel Vale',
    phone: '07700 900604',
    safeTimes: 'Weekday mornings after 9',
    safeContacts: 'Her cousin Efua',
  };
  const samuel = perpetrator({ name: 'Samuel Mensah', dob: '1980-09-12', address: '56 Plover Street, Kestrel Vale', relationship: 'partner' });
  const mensahChildren = [
    child('Esi Mensah', born(12, '10-08'), 'Daughter', 'Daughter', 'Kestrel Vale Academy'),
    child('Kofi Mensah', born(9, '03-21'), 'Son', 'Son', 'Plover Street Primary School, Kestrel Vale'),
    child('Abena Mensah', born(5, '07-30'), 'Daughter', 'Daughter', 'Plover Street Primary School, Kestrel Vale'),
  ];
  const zainab = {
    dob: '1999-08-14',
    ethnicity: 'Black African (Somali)',
    language: 'Somali',
    interpreter: 'yes',
    address: 'Refuge accommodation in Kestrel Vale: address held by the IDVA service',
    phone: '07700 900687',
    safeTimes: 'Any time: the refuge phone',
  };
  const yusufChildren = [child('Idris Abdi', c.date(120), 'Son', 'Son')];

  return [
    // ----- Accepted: 21 referrals into 17 cases --------------------------------------------------
    {
      by: 'police@marac.example',
      status: 'accepted',
      caseKey: 'whitlock',
      days: { created: m(15, 13), submitted: m(15, 12), screened: m(15, 9) },
      form: {
        victim: victim({ ...hannah, address: '8 Curlew Gardens, Kestrel Vale', safeToCall: 'no', unsafeContacts: 'Craig, who checks her phone' }),
        perpetrator: craig,
        household: { members: whitlockChildren },
        risk: risk([1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 20, 21, 24], { dontKnow: [18], sources: { q1: 'Officer saw bruising to her neck and arms', q15: 'Victim, on body-worn video' } }),
        criteria: criteria({ incidents: 2, crimeReferences: ['KVP/CR/20418', 'KVP/CR/21977'] }),
        consent: consent({
          notSought: 'Craig was still at the address when officers attended; asking her there would have put her at greater risk.',
          wishes: 'Not yet known: the IDVA will speak to her.',
          request: 'Safety planning for Hannah and the children; a police marker on the address.',
        }),
      },
    },
    {
      by: 'police2@marac.example',
      status: 'accepted',
      caseKey: 'whitlock',
      days: { created: 8, submitted: 7, screened: 3 },
      note: 'Last heard at MARAC more than 12 months ago: a new referral, not a repeat.',
      form: {
        victim: victim({
          ...hannah,
          aliases: 'Hannah Price',
          address: '22 Teal Avenue, Kestrel Vale',
          safeTimes: 'Evenings after 7',
          safeContacts: 'Her sister, Joanne Price',
          unsafeContacts: 'Craig’s mother',
        }),
        perpetrator: { ...craig, relationship: 'ex_partner', address: '8 Curlew Gardens, Kestrel Vale' },
        household: { members: whitlockChildren },
        risk: risk([1, 2, 3, 6, 7, 11, 12, 21, 23, 24]),
        criteria: criteria({ incidents: 3, crimeReferences: ['KVP/CR/48820'] }),
        consent: consent({
          wishes: 'To keep the children safe at handovers; she wants contact to go through a contact centre.',
          request: 'Review of child contact arrangements; target hardening at her new address.',
        }),
      },
    },
    {
      by: 'police@marac.example',
      status: 'accepted',
      caseKey: 'hollis',
      days: { created: m(8, 12), submitted: m(8, 12), screened: m(8, 10) },
      form: {
        victim: leanne,
        perpetrator: dean,
        household: { members: hollisChildren },
        risk: risk([1, 2, 3, 5, 6, 7, 10, 11, 12, 13, 14, 15, 18, 23, 24], { sources: { q13: 'A kitchen knife, seized at the scene' } }),
        criteria: criteria({ incidents: 2, crimeReferences: ['KVP/CR/33105'] }),
        consent: consent({ wishes: 'For Dean to stay away from her and the children.', request: 'Non-molestation order support; school and nursery to be told who may collect the children.' }),
      },
    },
    {
      by: 'idva@marac.example',
      status: 'accepted',
      caseKey: 'hollis',
      days: { created: m(2, 14), submitted: m(2, 13), screened: m(2, 11) },
      form: {
        victim: leanne,
        perpetrator: dean,
        household: { members: hollisChildren },
        risk: risk([2, 3, 6, 7, 10, 11, 12, 14, 23, 24]),
        criteria: criteria({
          rationale: 'Dean has broken the non-molestation order twice in one week, once at the school gate in front of the children. Leanne believes he will kill her if he finds her alone.',
          incidents: 4,
          crimeReferences: ['KVP/CR/40211', 'KVP/CR/40367'],
        }),
        consent: consent({ wishes: 'For the order to be enforced and to stay in her home.', request: 'Police response to breaches; a review of the school’s collection plan.' }),
      },
    },
    {
      by: 'police@marac.example',
      status: 'accepted',
      caseKey: 'campbell',
      days: { created: m(5, 11), submitted: m(5, 11), screened: m(5, 8) },
      form: {
        victim: shanice,
        perpetrator: ryan,
        household: { members: [] },
        risk: risk([2, 3, 6, 8, 10, 11, 12, 14, 17, 24]),
        stalking: stalking([1, 2, 4, 5, 6, 7, 9], { sources: { s5: 'Victim’s incident log: 23 sightings in five weeks' } }),
        criteria: criteria({
          rationale: 'Since they separated Ryan has messaged her hundreds of times, waits outside her work and has had friends follow her. Recorded as stalking, not harassment.',
          incidents: 2,
          crimeReferences: ['KVP/CR/36650'],
        }),
        consent: consent({ wishes: 'For the contact to stop; she does not want to move.', request: 'Stalking Protection Order application; workplace safety plan.' }),
      },
    },
    {
      by: 'police2@marac.example',
      status: 'accepted',
      caseKey: 'campbell',
      days: { created: 6, submitted: 5, screened: 2 },
      form: {
        victim: shanice,
        perpetrator: ryan,
        household: { members: [] },
        risk: risk([2, 3, 4, 5, 6, 8, 10, 11, 12, 14, 17, 22, 23, 24]),
        stalking: stalking([1, 2, 3, 4, 5, 6, 7, 9, 10], { sources: { s3: 'Car tyres slashed outside her home' } }),
        criteria: criteria({ incidents: 5, crimeReferences: ['KVP/CR/49102', 'KVP/CR/49388'] }),
        consent: consent({ wishes: 'To feel safe at home again.', request: 'Action on the breach of the interim Stalking Protection Order; a check of her phone for tracking apps.' }),
      },
    },
    {
      by: 'health@marac.example',
      status: 'accepted',
      caseKey: 'wrobel',
      days: { created: m(10, 10), submitted: m(10, 9), screened: m(10, 7) },
      form: {
        victim: agnieszka,
        perpetrator: tomasz,
        household: { members: wrobelChildren },
        risk: risk([1, 2, 3, 4, 9, 12, 13, 15, 20, 21], { sources: { q15: 'Disclosed to the midwife through an interpreter' } }),
        criteria: criteria({
          rationale: 'Agnieszka disclosed strangulation at a postnatal check, through an interpreter. She has no family in the UK, speaks little English and Tomasz controls all the money.',
          incidents: 0,
        }),
        consent: consent({ wishes: 'Help to understand her options; she is frightened of losing the children.', request: 'IDVA contact with a Polish interpreter; health visitor to see her alone.' }),
      },
    },
    {
      by: 'police@marac.example',
      status: 'accepted',
      caseKey: 'wrobel',
      days: { created: m(1, 12), submitted: m(1, 12), screened: m(1, 10) },
      form: {
        victim: agnieszka,
        perpetrator: tomasz,
        household: { members: wrobelChildren },
        risk: risk([1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14, 15, 20, 21, 24]),
        criteria: criteria({ incidents: 1, crimeReferences: ['KVP/CR/46631'] }),
        consent: consent({
          refused: 'She refused, fearing Tomasz would find out. Shared because she and the children are at risk of serious harm.',
          basis: 'vital_interests',
          wishes: 'She says she wants to stay with Tomasz.',
          request: 'Information on the children for children’s social care; a refuge place kept open.',
        }),
      },
    },
    {
      by: 'adults@marac.example',
      status: 'accepted',
      caseKey: 'kettleby',
      days: { created: m(3, 15), submitted: m(3, 14), screened: m(3, 10) },
      returnedBefore: {
        returned: m(3, 13),
        question: 'What does John want to happen? The wishes section says “see notes”.',
        answered: m(3, 12),
        answer: 'Added: John wants to stay in his home with carers he chooses.',
      },
      form: {
        victim: victim({ name: 'John Kettleby', ...john, safeContacts: 'His day-centre key worker', unsafeContacts: 'Carla, who answers his phone' }),
        perpetrator: carla,
        household: { members: [] },
        risk: risk([2, 3, 4, 5, 10, 12, 20, 21]),
        criteria: criteria({
          rationale: 'John uses a wheelchair and depends on Carla for his personal care. She withholds his medication and his money and has stopped his carers coming.',
          incidents: 1,
        }),
        consent: consent({ wishes: 'To stay in his home with carers he chooses.', request: 'Care package independent of Carla; a financial abuse review.' }),
      },
    },
    {
      by: 'childrens@marac.example',
      status: 'accepted',
      caseKey: 'mensah',
      days: { created: m(6, 9), submitted: m(6, 9), screened: m(6, 8) },
      form: {
        victim: victim({ name: 'Ama Mensah', ...ama }),
        perpetrator: samuel,
        household: { members: mensahChildren },
        risk: risk([1, 2, 3, 4, 10, 11, 12, 13, 14, 15, 16, 18, 20, 24], { dontKnow: [21] }),
        criteria: criteria({ incidents: 1, crimeReferences: ['KVP/CR/34019'] }),
        consent: consent({ wishes: 'For the children to be safe; she has not decided whether to leave.', request: 'Joint safety plan for the children; school safeguarding leads told.' }),
      },
    },
    {
      by: 'health@marac.example',
      status: 'accepted',
      caseKey: 'yusuf',
      days: { created: m(1, 11), submitted: m(1, 10), screened: m(1, 9) },
      form: {
        victim: victim({ name: 'Zainab Yusuf', ...zainab }),
        perpetrator: perpetrator({ name: 'Hassan Abdi', dob: '1995-03-03', address: 'Not known', relationship: 'partner' }),
        household: { members: yusufChildren },
        risk: risk([1, 2, 3, 4, 9, 10, 11, 12, 15, 20, 21]),
        criteria: criteria({
          rationale: 'Zainab speaks little English, has no family in the UK and Hassan kept her passport. She fled to a refuge with the baby two days ago.',
          incidents: 0,
        }),
        consent: consent({ wishes: 'To stay in the refuge and keep her son with her.', request: 'Somali interpreter for all contact; immigration and benefits advice.' }),
      },
    },
    {
      by: 'coordinator2@marac.example',
      status: 'accepted',
      caseKey: 'ellwood',
      // The IDVA service and the police refer together.
      jointWith: 'police',
      days: { created: m(4, 12), submitted: m(4, 12), screened: m(4, 9) },
      form: {
        victim: victim({
          name: 'Jordan Ellwood',
          dob: '2000-11-19',
          gender: 'non_binary',
          lgbt: 'yes',
          address: '15 Goldcrest Mews, Kestrel Vale',
          phone: '07700 900745',
          safeTimes: 'Afternoons',
          safeContacts: 'Their flatmate, Robin',
        }),
        perpetrator: perpetrator({ name: 'Aiden Shawcross', dob: '1998-02-07', address: '2 Bittern Court, Kestrel Vale', relationship: 'ex_partner' }),
        household: { members: [adult('Robin Tate', '1999-06-30', 'Flatmate', 'None')] },
        risk: risk([2, 3, 5, 6, 8, 10, 11, 12, 14, 22, 23]),
        stalking: stalking([1, 2, 4, 5, 6, 9, 10]),
        criteria: criteria({
          rationale: 'Aiden threatens to “out” Jordan to their family and has set up fake accounts to follow them. Jordan is isolated and very frightened.',
          incidents: 3,
          crimeReferences: ['KVP/CR/38544'],
        }),
        consent: consent({ wishes: 'For Aiden to stop contacting them, online and in person.', request: 'Stalking response from police; specialist LGBT+ support.' }),
      },
    },
    {
      by: 'police2@marac.example',
      status: 'accepted',
      caseKey: 'marsh',
      days: { created: m(0, 12), submitted: m(0, 11), screened: m(0, 10) },
      form: {
        victim: victim({ name: 'Bethany Marsh', dob: '2002-04-11', address: '9 Skylark Hill, Kestrel Vale', phone: '07700 900812', safeTimes: 'Weekdays before 5', safeContacts: 'Her dad' }),
        perpetrator: perpetrator({ name: 'Lewis Fenwick', dob: '2001-09-25', address: '30 Falcon Rise, Kestrel Vale', relationship: 'ex_partner' }),
        household: { members: [] },
        risk: risk([1, 2, 3, 5, 6, 8, 10, 11, 12, 13, 14, 15, 18, 23, 24]),
        stalking: stalking([1, 2, 3, 4, 5, 6, 7, 8], { sources: { s9: 'A tracker found under her car' } }),
        criteria: criteria({ incidents: 4, crimeReferences: ['KVP/CR/47710', 'KVP/CR/47925', 'KVP/CR/48133'] }),
        consent: consent({ wishes: 'To know where Lewis is and for him to be arrested.', request: 'Data-preservation requests to the platforms; a check of her devices before anything is reset.' }),
      },
    },
    {
      by: 'police@marac.example',
      status: 'accepted',
      caseKey: 'zhou',
      days: { created: m(9, 13), submitted: m(9, 12), screened: m(9, 11) },
      form: {
        victim: victim({
          name: 'Mei Lin Zhou',
          dob: '1991-01-28',
          ethnicity: 'Chinese',
          language: 'English and Mandarin',
          address: '4 Nightjar Place, Kestrel Vale',
          phone: '07700 900833',
          safeTimes: 'Lunchtimes',
        }),
        perpetrator: perpetrator({ name: 'Gareth Pennock', dob: '1983-06-30', address: '71 Kingfisher Way, Kestrel Vale', relationship: 'ex_partner' }),
        household: { members: [child('Lily Zhou-Pennock', born(8, '05-05'), 'Daughter', 'Daughter', 'Kingfisher Way Primary School, Kestrel Vale')] },
        risk: risk([2, 3, 4, 6, 7, 8, 10, 11, 12, 14, 17, 18, 23, 24]),
        stalking: stalking([1, 2, 5, 6, 7, 9]),
        criteria: criteria({ incidents: 2, crimeReferences: ['KVP/CR/31204'] }),
        consent: consent({ wishes: 'Contact with Lily to be arranged without her seeing Gareth.', request: 'Handovers through a contact centre; school told of the order.' }),
      },
    },
    {
      by: 'housing@marac.example',
      status: 'accepted',
      caseKey: 'ferreira',
      days: { created: m(7, 16), submitted: m(7, 15), screened: m(7, 12) },
      returnedBefore: {
        returned: m(7, 14),
        question: 'Have the police been told about the damage to the car? Please give crime reference numbers if so.',
        answered: m(7, 13),
        answer: 'Yes: two crime numbers added to the criteria section.',
      },
      form: {
        victim: victim({
          name: 'Rosa Ferreira',
          dob: '1987-09-05',
          ethnicity: 'White Portuguese',
          language: 'Portuguese',
          address: 'Temporary accommodation, 2 Mallard Way, Kestrel Vale',
          phone: '07700 900906',
          safeTimes: 'Mornings',
        }),
        perpetrator: perpetrator({ name: 'Bruno Tavares', dob: '1984-12-13', relationship: 'ex_partner' }),
        household: {
          members: [
            child('Tiago Tavares', born(10, '11-14'), 'Son', 'Son', 'Mallard Way Primary School, Kestrel Vale'),
            child('Inês Tavares', born(6, '08-02'), 'Daughter', 'Daughter', 'Mallard Way Primary School, Kestrel Vale'),
          ],
        },
        risk: risk([2, 3, 6, 7, 8, 11, 12, 14, 23, 24]),
        stalking: stalking([1, 3, 4, 5, 6, 7, 10]),
        criteria: criteria({
          rationale: 'Bruno has found Rosa at each of her last two temporary addresses. She believes someone at the children’s old school is telling him where they are.',
          incidents: 4,
          crimeReferences: ['KVP/CR/29876', 'KVP/CR/30112'],
        }),
        consent: consent({ wishes: 'A move to a safe permanent home.', request: 'Priority rehousing; address kept off all shared letters.' }),
      },
    },
    {
      by: 'police@marac.example',
      status: 'accepted',
      caseKey: 'kowalczyk',
      days: { created: m(14, 10), submitted: m(14, 10), screened: m(14, 8) },
      form: {
        victim: victim({
          name: 'Daniel Kowalczyk',
          dob: '1989-06-02',
          gender: 'male',
          ethnicity: 'White Other',
          lgbt: 'yes',
          address: '18 Redshank Close, Kestrel Vale',
          phone: '07700 900951',
          safeTimes: 'After 6pm, when Adam is at work',
        }),
        perpetrator: perpetrator({ name: 'Adam Rushworth', dob: '1986-10-29', address: '18 Redshank Close, Kestrel Vale', relationship: 'partner' }),
        household: { members: [] },
        risk: risk([1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16, 20, 21]),
        criteria: criteria({ incidents: 2, crimeReferences: ['KVP/CR/26540'] }),
        consent: consent({ wishes: 'Help to leave safely.', request: 'Emergency accommodation; specialist support for male victims.' }),
      },
    },
    {
      by: 'recovery@marac.example',
      status: 'accepted',
      caseKey: 'pryor',
      days: { created: m(12, 12), submitted: m(12, 11), screened: m(12, 9) },
      form: {
        victim: victim({
          name: 'Margaret Pryor',
          dob: '1946-03-17',
          disability: 'yes',
          address: '6 Willowbank Terrace, Kestrel Vale',
          phone: '01632 960954',
          safeTimes: 'Weekday mornings, when Neil is at the recovery service',
          safeContacts: 'Her neighbour, Mrs Okoro',
        }),
        perpetrator: perpetrator({ name: 'Neil Pryor', dob: '1975-08-08', address: '6 Willowbank Terrace, Kestrel Vale', relationship: 'family', relationshipDetails: 'Son, who lives with her' }),
        household: { members: [] },
        risk: risk([2, 3, 4, 10, 11, 12, 20, 21, 24]),
        criteria: criteria({
          rationale: 'Margaret is frail and depends on Neil, who takes her pension for drink. He pushed her over last week; she will not report it for fear of him being made homeless.',
          incidents: 2,
        }),
        consent: consent({ wishes: 'For Neil to get help; she does not want him prosecuted.', request: 'Adult safeguarding enquiry; a carer’s assessment not involving Neil.' }),
      },
    },
    {
      by: 'police@marac.example',
      status: 'accepted',
      caseKey: 'begum',
      days: { created: m(2, 10), submitted: m(2, 9), screened: m(2, 8) },
      form: {
        victim: victim({
          name: 'Sadia Begum',
          dob: '1994-12-20',
          ethnicity: 'Bangladeshi',
          language: 'Sylheti',
          interpreter: 'yes',
          address: '25 Swallow Crescent, Kestrel Vale',
          phone: '07700 900267',
          safeToCall: 'no',
          safeContacts: 'Her GP practice',
        }),
        perpetrator: perpetrator({ name: 'Jamal Uddin', dob: '1990-07-07', address: '25 Swallow Crescent, Kestrel Vale', relationship: 'partner' }),
        household: {
          members: [
            child('Ayaan Uddin', born(8, '12-01'), 'Son', 'Son', 'Swallow Crescent Primary School, Kestrel Vale'),
            child('Nusrat Uddin', born(5, '06-19'), 'Daughter', 'Daughter', 'Swallow Crescent Primary School, Kestrel Vale'),
          ],
        },
        risk: risk([1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16, 17, 20, 21, 24]),
        criteria: criteria({ incidents: 2, crimeReferences: ['KVP/CR/43390'] }),
        consent: consent({
          notSought: 'Jamal controls her phone and the interpreter was not available at the scene.',
          wishes: 'Not yet known.',
          request: 'IDVA contact through her GP with a Sylheti interpreter.',
        }),
      },
    },
    {
      by: 'police2@marac.example',
      status: 'accepted',
      caseKey: 'osei',
      days: { created: 3, submitted: 3, screened: 1 },
      form: {
        victim: victim({ name: 'Natalie Osei', dob: '1997-03-30', ethnicity: 'Black British', address: '10 Lapwing Road, Kestrel Vale', phone: '07700 900378', safeTimes: 'Mornings' }),
        perpetrator: perpetrator({ name: 'Connor Beckett', dob: '1996-01-15', address: '10 Lapwing Road, Kestrel Vale', relationship: 'partner' }),
        household: { members: [child('Tyler Beckett', born(2, '09-09'), 'Son', 'Son', 'Little Kestrels Nursery, Kestrel Vale')] },
        risk: risk([1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 15, 18, 21, 22, 23, 24]),
        criteria: criteria({ incidents: 3, crimeReferences: ['KVP/CR/49650'] }),
        consent: consent({ wishes: 'For Connor to leave the flat.', request: 'DVPN/DVPO; safety plan for her and Tyler.' }),
      },
    },
    {
      // Stalking by a stranger: a man she knew only as a customer at the café where she works.
      by: 'police2@marac.example',
      status: 'accepted',
      caseKey: 'nair',
      days: { created: 5, submitted: 5, screened: 3 },
      form: {
        victim: victim({ name: 'Priya Nair', dob: '1996-02-23', ethnicity: 'British Indian', address: '4 Dunlin Close, Kestrel Vale', phone: '07700 900561', safeTimes: 'After 6pm' }),
        perpetrator: perpetrator({
          name: 'Mark Sefton',
          address: 'Not known',
          relationship: 'other',
          relationshipDetails: 'None: a stranger, a customer at the café where she works. She had never spoken to him before he started waiting for her.',
        }),
        household: { members: [] },
        risk: risk([1, 2, 3, 8, 10, 11, 12, 24]),
        stalking: stalking([1, 2, 3, 4, 5, 6, 9], { sources: { s2: 'Photos of her walking home, sent from a new account' } }),
        criteria: criteria({
          rationale: 'A fixated stranger who has found out where she lives and is escalating: waiting at her work, then following her, then outside her home at night.',
          incidents: 3,
          crimeReferences: ['KVP/CR/49705'],
        }),
        consent: consent({ wishes: 'For it to stop and to feel safe walking home.', request: 'The crime recorded as stalking; a Stalking Protection Order application; a safety plan with her employer.' }),
      },
    },
    {
      by: 'probation@marac.example',
      status: 'accepted',
      caseKey: 'fairbairn',
      days: { created: 9, submitted: 8, screened: 4 },
      form: {
        victim: victim({ name: 'Kirsty Fairbairn', dob: '1983-05-14', ethnicity: 'White Scottish', address: '33 Peregrine Walk, Kestrel Vale', phone: '07700 900423', safeTimes: 'School hours' }),
        perpetrator: perpetrator({ name: 'Lee Fairbairn', dob: '1981-02-02', address: 'Approved premises, Kestrel Vale', relationship: 'ex_partner' }),
        household: {
          members: [
            child('Callum Fairbairn', born(15, '03-11'), 'Son', 'Son', 'Kestrel Vale Academy'),
            child('Isla Fairbairn', born(13, '10-27'), 'Daughter', 'Daughter', 'Kestrel Vale Academy'),
          ],
        },
        risk: risk([2, 3, 6, 7, 11, 12, 14, 18, 23, 24]),
        criteria: criteria({
          rationale: 'Lee is due for release on licence next month. He has written to Kirsty from prison, which his licence forbids, saying he will “finish what he started”.',
          incidents: 2,
        }),
        consent: consent({ wishes: 'To be told when Lee is released and where he will live.', request: 'Licence conditions reviewed; victim contact scheme.' }),
      },
    },
    {
      by: 'mentalhealth@marac.example',
      status: 'accepted',
      caseKey: 'popescu',
      days: { created: 9, submitted: 7, screened: 5 },
      form: {
        victim: victim({
          name: 'Ioana Popescu',
          dob: '1998-07-19',
          ethnicity: 'White Romanian',
          language: 'Romanian',
          interpreter: 'yes',
          address: '47 Sandpiper Drive, Kestrel Vale',
          phone: '07700 900495',
          safeTimes: 'At her appointments only',
        }),
        perpetrator: perpetrator({ name: 'Florin Dumitrescu', dob: '1993-11-11', address: '47 Sandpiper Drive, Kestrel Vale', relationship: 'partner' }),
        household: { members: [] },
        risk: risk([1, 2, 3, 4, 5, 10, 11, 12, 15, 20]),
        criteria: criteria({
          rationale: 'Ioana was admitted after an overdose and told staff Florin had choked her. She has no one else in the UK.',
          incidents: 3,
          crimeReferences: ['KVP/CR/49401'],
        }),
        consent: consent({ wishes: 'To get better and to be safe when she leaves hospital.', request: 'Discharge plan that does not return her to Florin.' }),
      },
    },

    // ----- Submitted: 8, waiting for screening (3 resemble accepted cases) ------------------------
    {
      by: 'police@marac.example',
      status: 'submitted',
      resembles: 'kettleby',
      days: { created: 3, submitted: 2 },
      form: {
        victim: victim({ name: 'Jon Kettleby', ...john }),
        perpetrator: carla,
        household: { members: [] },
        risk: risk([2, 3, 4, 5, 10, 11, 12, 20, 21]),
        criteria: criteria({
          rationale: 'Carla has moved back in and cancelled his carers again. A neighbour called us after hearing shouting.',
          incidents: 2,
          crimeReferences: ['KVP/CR/49870'],
        }),
        consent: consent({ wishes: 'For his carers to come back.', request: 'Urgent review of his care package.' }),
      },
    },
    {
      by: 'health@marac.example',
      status: 'submitted',
      resembles: 'mensah',
      days: { created: 4, submitted: 4 },
      form: {
        victim: victim({ name: 'Amma Mensah', ...ama }),
        perpetrator: samuel,
        household: { members: mensahChildren },
        risk: risk([1, 2, 3, 4, 10, 11, 12, 13, 14, 15, 18, 24]),
        criteria: criteria({ incidents: 2 }),
        consent: consent({ wishes: 'She wants the children to stay with her.', request: 'Safety planning after her attendance at the emergency department.' }),
      },
    },
    {
      by: 'housing@marac.example',
      status: 'submitted',
      resembles: 'yusuf',
      days: { created: 2, submitted: 1 },
      form: {
        victim: victim({ name: 'Zaynab Yusuf', ...zainab, address: 'Temporary accommodation, Kestrel Vale: address held by Housing Options' }),
        perpetrator: perpetrator({ name: 'Hassan Abdi', address: 'Not known', relationship: 'partner' }),
        household: { members: yusufChildren },
        risk: risk([2, 3, 4, 9, 12, 20, 21]),
        criteria: criteria({ incidents: 1 }),
        consent: consent({ wishes: 'A home of her own for her and her son.', request: 'Help with a housing application that keeps her address safe.' }),
      },
    },
    {
      by: 'police2@marac.example',
      status: 'submitted',
      days: { created: 3, submitted: 3 },
      form: {
        victim: victim({ name: 'Olivia Farrant', dob: '1992-02-18', address: '29 Merlin Street, Kestrel Vale', phone: '07700 900541', safeTimes: 'Weekends' }),
        perpetrator: perpetrator({ name: 'Nathan Greaves', dob: '1990-05-05', relationship: 'ex_partner' }),
        household: { members: [] },
        risk: risk([2, 3, 5, 6, 8, 10, 11, 12, 13, 14, 17, 22, 23, 24]),
        stalking: stalking([1, 2, 3, 4, 5, 6, 7], { dontKnow: [9] }),
        criteria: criteria({ incidents: 3, crimeReferences: ['KVP/CR/49911'] }),
        consent: consent({ wishes: 'For Nathan to be charged with stalking.', request: 'Stalking Protection Order; a keep-safe plan for her commute.' }),
      },
    },
    {
      by: 'recovery@marac.example',
      status: 'submitted',
      days: { created: 6, submitted: 5 },
      form: {
        victim: victim({ name: 'Tanya Holbrook', dob: '1980-10-10', disability: 'not_known', address: '5 Kestrel Parade, Kestrel Vale', phone: '07700 900566', safeTimes: 'At her recovery group, Wednesdays' }),
        perpetrator: perpetrator({ name: 'Wayne Holbrook', dob: '1978-04-04', address: '5 Kestrel Parade, Kestrel Vale', relationship: 'partner' }),
        household: {
          members: [child('Mason Holbrook', born(16, '01-22'), 'Son', 'Son', 'Kestrel Vale College'), adult('Pauline Holbrook', '1952-12-03', 'Mother-in-law', 'Mother')],
        },
        risk: risk([1, 2, 3, 5, 10, 11, 12, 13, 21, 24]),
        criteria: criteria({ incidents: 3, crimeReferences: ['KVP/CR/48007', 'KVP/CR/48841'] }),
        consent: consent({ wishes: 'To stay in treatment and for Wayne to get help too.', request: 'Joint working between the recovery service and police.' }),
      },
    },
    {
      by: 'childrens@marac.example',
      status: 'submitted',
      days: { created: 7, submitted: 6 },
      form: {
        victim: victim({ name: 'Ayesha Siddiqui', dob: '1991-09-27', ethnicity: 'British Pakistani', address: '14 Heron Close, Kestrel Vale', phone: '07700 900588', safeTimes: 'School hours' }),
        perpetrator: perpetrator({ name: 'Imran Siddiqui', dob: '1986-03-19', address: '14 Heron Close, Kestrel Vale', relationship: 'partner' }),
        household: {
          members: [
            child('Zara Siddiqui', born(11, '04-04'), 'Daughter', 'Daughter', 'Heron Close Primary School, Kestrel Vale'),
            child('Yusuf Siddiqui', born(7, '11-30'), 'Son', 'Son', 'Heron Close Primary School, Kestrel Vale'),
          ],
        },
        risk: risk([1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16, 20, 21, 24]),
        criteria: criteria({ incidents: 1 }),
        consent: consent({ wishes: 'To leave with the children when it is safe.', request: 'Refuge place and a plan for the children’s schooling.' }),
      },
    },
    {
      by: 'probation@marac.example',
      status: 'submitted',
      days: { created: 3, submitted: 2 },
      form: {
        victim: victim({ name: 'Gemma Doyle', dob: '1986-01-08', ethnicity: 'White Irish', address: '38 Plover Street, Kestrel Vale', phone: '07700 900612', safeToCall: 'no' }),
        perpetrator: perpetrator({ name: 'Shaun McAllister', dob: '1984-07-16', address: 'Approved premises, Kestrel Vale', relationship: 'ex_partner' }),
        household: { members: [] },
        risk: risk([2, 3, 6, 11, 12, 14, 23, 24]),
        criteria: criteria({
          rationale: 'Shaun is supervised by us for an assault on a former partner and has been seen near Gemma’s street, which his licence forbids.',
          incidents: 1,
        }),
        consent: consent({
          notSought: 'Gemma has not yet been told that Shaun knows where she lives; the IDVA will tell her.',
          basis: 'safeguarding',
          wishes: 'Not yet known.',
          request: 'Exclusion zone enforced; police and probation to share his movements.',
        }),
      },
    },
    {
      by: 'mentalhealth@marac.example',
      status: 'submitted',
      days: { created: 9, submitted: 8 },
      form: {
        victim: victim({ name: 'Priya Chandrasekar', dob: '1989-04-25', ethnicity: 'Indian', address: '60 Sandpiper Drive, Kestrel Vale', phone: '07700 900634', safeTimes: 'Tuesday afternoons' }),
        perpetrator: perpetrator({ name: 'Vikram Chandrasekar', dob: '1985-12-09', address: '60 Sandpiper Drive, Kestrel Vale', relationship: 'partner' }),
        household: { members: [] },
        risk: risk([2, 3, 4, 5, 10, 11, 12, 16, 20, 21, 22]),
        criteria: criteria({
          rationale: 'Priya has had two crisis admissions this year; each followed abuse at home. She tells us Vikram says no one will believe a “mental patient”.',
          incidents: 0,
        }),
        consent: consent({ wishes: 'To be believed.', request: 'IDVA contact on the ward; a safety plan before discharge.' }),
      },
    },

    // ----- Returned: 3, with the coordinator's question ------------------------------------------
    {
      by: 'police@marac.example',
      status: 'returned',
      days: { created: 13, submitted: 12, screened: 11 },
      note: 'The checklist scores 9 and professional judgement is “no”. Are there other police incidents in the last 12 months? Please check and update the number, or explain your concern.',
      form: {
        victim: victim({ name: 'Laura Pennington', dob: '1984-08-21', address: '3 Falcon Rise, Kestrel Vale', phone: '07700 900657', safeTimes: 'Evenings' }),
        perpetrator: perpetrator({ name: 'Mark Ibbotson', dob: '1982-02-11', relationship: 'ex_partner' }),
        household: { members: [child('Ruby Pennington', born(10, '08-16'), 'Daughter', 'Daughter', 'Falcon Rise Primary School, Kestrel Vale')] },
        risk: risk([1, 2, 3, 6, 11, 12, 14, 23, 24]),
        criteria: criteria({ incidents: 1, crimeReferences: ['KVP/CR/49205'] }),
        consent: consent({ wishes: 'For Mark to leave her alone.', request: 'Safety planning.' }),
      },
    },
    {
      by: 'housing@marac.example',
      status: 'returned',
      days: { created: 21, submitted: 20, screened: 18 },
      note: 'You say consent was not sought: please explain why, and whether it is safe for the IDVA to call Megan.',
      form: {
        victim: victim({ name: 'Megan Lloyd', dob: '2001-03-03', ethnicity: 'White Welsh', address: '11 Linnet Grove, Kestrel Vale', phone: '07700 900679', safeTimes: 'Mornings' }),
        perpetrator: perpetrator({ name: 'Callum Reeve', dob: '1999-10-10', address: '11 Linnet Grove, Kestrel Vale', relationship: 'partner' }),
        household: { members: [] },
        risk: risk([1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16, 21, 24]),
        criteria: criteria({ incidents: 2 }),
        consent: consent({ notSought: 'Not asked.', wishes: 'Not known.', request: 'Safety planning; housing advice.' }),
      },
    },
    {
      by: 'health@marac.example',
      status: 'returned',
      days: { created: 10, submitted: 9, screened: 7 },
      note: 'Your notes mention Emily’s teenage son lives with them. Please add him to the household section with his date of birth and school.',
      form: {
        victim: victim({ name: 'Emily Cartwright', dob: '1975-11-30', address: '20 Goldcrest Mews, Kestrel Vale', phone: '07700 900702', safeTimes: 'At GP appointments' }),
        perpetrator: perpetrator({ name: 'Graham Cartwright', dob: '1972-06-14', address: '20 Goldcrest Mews, Kestrel Vale', relationship: 'partner' }),
        household: { members: [] },
        risk: risk([2, 3, 4, 5, 10, 11, 12, 20, 21, 24]),
        criteria: criteria({
          rationale: 'Twenty years of abuse, now worse since Graham retired. Emily is seen only with him and could speak to me alone for the first time last week.',
          incidents: 0,
        }),
        consent: consent({ wishes: 'Someone to talk to in confidence.', request: 'IDVA contact arranged through the surgery.' }),
      },
    },

    // ----- Declined: 3, with the reason ----------------------------------------------------------
    {
      by: 'police2@marac.example',
      status: 'declined',
      days: { created: m(3, 8), submitted: m(3, 7), screened: m(3, 5) },
      note: 'Does not meet the MARAC criteria: 6 on the checklist, one police incident in the last year and no professional judgement. Passed to the IDVA service for support; please refer again if the risk rises.',
      form: {
        victim: victim({ name: 'Kerry-Ann Thompson', dob: '1993-05-01', ethnicity: 'Black Caribbean', address: '52 Teal Avenue, Kestrel Vale', phone: '07700 900724', safeTimes: 'Afternoons' }),
        perpetrator: perpetrator({ name: 'Dwayne Ellis', dob: '1991-08-08', relationship: 'ex_partner' }),
        household: { members: [] },
        risk: risk([2, 3, 6, 11, 12, 24]),
        criteria: criteria({ incidents: 1, crimeReferences: ['KVP/CR/44102'] }),
        consent: consent({ wishes: 'Advice on a non-molestation order.', request: 'Support from an IDVA.' }),
      },
    },
    {
      by: 'housing@marac.example',
      status: 'declined',
      days: { created: m(6, 6), submitted: m(6, 5), screened: m(6, 4) },
      note: 'Nadia has moved out of Kestrel Vale and lives in another area now: passed, with her consent, to the MARAC of the area where she lives.',
      form: {
        victim: victim({ name: 'Nadia Haddad', dob: '1995-09-14', ethnicity: 'Arab', language: 'Arabic and English', address: 'Moved out of the area: new address held by the receiving MARAC', phone: '07700 900768', safeTimes: 'Any time' }),
        perpetrator: perpetrator({ name: 'Karim Mansour', dob: '1992-01-20', address: '8 Bittern Court, Kestrel Vale', relationship: 'ex_partner' }),
        household: { members: [] },
        risk: risk([1, 2, 3, 6, 10, 11, 12, 13, 14, 15, 18, 23, 24, 5]),
        criteria: criteria({ incidents: 2 }),
        consent: consent({ wishes: 'To start again somewhere he cannot find her.', request: 'Transfer to the MARAC where she now lives.' }),
      },
    },
    {
      by: 'mentalhealth@marac.example',
      status: 'declined',
      days: { created: m(9, 4), submitted: m(9, 3), screened: m(9, 2) },
      note: 'Not domestic abuse: the person harming Siobhan is a neighbour, not a partner, former partner or family member. Referred to the community safety team’s anti-social behaviour panel.',
      form: {
        victim: victim({ name: 'Siobhan Geraghty', dob: '1970-02-02', ethnicity: 'White Irish', disability: 'yes', address: '1 Curlew Gardens, Kestrel Vale', phone: '07700 900789', safeTimes: 'Mornings' }),
        perpetrator: perpetrator({ name: 'Terence Ashby', dob: '1965-05-25', address: '3 Curlew Gardens, Kestrel Vale', relationship: 'other', relationshipDetails: 'Neighbour' }),
        household: { members: [] },
        risk: risk([2, 3, 5, 17, 18]),
        criteria: criteria({ rationale: 'The neighbour has threatened to set fire to her flat and she has stopped going out.', incidents: 4 }),
        consent: consent({ wishes: 'For the threats to stop.', request: 'A joint plan with police and housing.' }),
      },
    },

    // ----- Drafts: 5, partly filled --------------------------------------------------------------
    {
      by: 'police@marac.example',
      status: 'draft',
      days: { created: 1 },
      form: {
        victim: victim({ name: 'Chloe Barnard', dob: '1995-12-12', address: '16 Mallard Way, Kestrel Vale', phone: '07700 900801', safeTimes: 'Evenings' }),
      },
    },
    {
      by: 'idva@marac.example',
      status: 'draft',
      days: { created: 3, edited: 2 },
      form: {
        victim: victim({ name: 'Fatima Rahimi', dob: '1993-06-21', ethnicity: 'Afghan', language: 'Dari', interpreter: 'yes', address: '2 Skylark Hill, Kestrel Vale', phone: '07700 900823', safeToCall: 'no' }),
        perpetrator: perpetrator({ name: 'Not known', relationship: 'family', relationshipDetails: 'Her husband’s brother' }),
        household: { members: [child('Maryam Rahimi', born(6, '02-09'), 'Daughter', 'Niece', 'Skylark Hill Primary School, Kestrel Vale')] },
      },
    },
    {
      by: 'housing@marac.example',
      status: 'draft',
      days: { created: 6, edited: 5 },
      form: {
        victim: victim({ name: 'Rebecca Stanhope', dob: '1987-10-01', address: '44 Marsh Lane, Kestrel Vale', phone: '07700 900845', safeTimes: 'Mornings' }),
        perpetrator: perpetrator({ name: 'Liam Stanhope', dob: '1985-03-08', relationship: 'ex_partner' }),
        household: { members: [] },
        risk: risk([1, 2, 3, 6, 10, 11], { upTo: 12 }),
      },
    },
    {
      by: 'childrens@marac.example',
      status: 'draft',
      days: { created: 10, edited: 8 },
      form: {
        victim: victim({ name: 'Joanne Whitcombe', dob: '1990-01-19', address: '7 Wagtail Row, Kestrel Vale', phone: '07700 900867', safeTimes: 'School hours' }),
        perpetrator: perpetrator({ name: 'Scott Whitcombe', dob: '1988-09-02', address: '7 Wagtail Row, Kestrel Vale', relationship: 'partner' }),
        household: { members: [child('Ellie Whitcombe', born(9, '05-25'), 'Daughter', 'Daughter', 'Osprey Fields Primary School, Kestrel Vale')] },
        risk: risk([1, 2, 3, 4, 7, 10, 11, 12, 14, 24]),
        criteria: criteria({ rationale: 'Ellie has told her teacher she hides under the bed when her dad shouts.', incidents: 1 }),
      },
    },
    {
      by: 'police2@marac.example',
      status: 'draft',
      days: { created: 58 },
      form: {
        victim: { name: 'Marcus Adeyemi', gender: 'male' },
      },
    },
  ];
}

