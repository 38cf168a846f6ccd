// A complete referral form for tests, with the answers a test cares about set by name.
import { currentRiskChecklist, currentStalkingScreen, type Answer } from '@/lib/referrals/checklists';
import type { ReferralForm } from '@/lib/referrals/form/schemas';

export interface FormOptions {
  victimName?: string;
  victimDob?: string;
  victimAliases?: string;
  perpetratorName?: string;
  perpetratorDob?: string;
  yes?: number;
  professionalJudgement?: boolean;
  policeIncidents?: number;
  children?: number;
}

export function completeForm(o: FormOptions = {}): ReferralForm {
  const yes = o.yes ?? 15;
  const answers: Record<string, Answer> = Object.fromEntries(currentRiskChecklist.questions.map((q, i) => [q.id, i < yes ? 'yes' : 'no']));
  const stalkingDue = answers.q8 === 'yes';
  return {
    referrer: { name: 'Test Referrer', jobTitle: 'Officer', phone: '01632 960000', email: 'referrer@test.example' },
    victim: {
      name: o.victimName ?? 'Alex Example',
      aliases: o.victimAliases ?? '',
      dob: o.victimDob ?? '1990-04-12',
      gender: 'female',
      ethnicity: '',
      disability: 'no',
      lgbt: 'not_known',
      language: 'English',
      interpreter: 'no',
      address: '1 Safe Street, Testtown',
      phone: '07700 900123',
      safeToCall: 'yes',
      safeTimes: 'Weekdays 10 to 12',
      safeContacts: 'Her sister',
      unsafeContacts: 'His mother',
    },
    perpetrator: { name: o.perpetratorName ?? 'Sam Sample', aliases: '', dob: o.perpetratorDob ?? '1988-01-01', address: '', relationship: 'ex_partner', relationshipDetails: '' },
    household: {
      members: Array.from({ length: o.children ?? 0 }, (_, i) => ({
        name: `Child ${i + 1}`,
        dob: '2018-05-05',
        child: 'yes' as const,
        relationshipToVictim: 'Son',
        relationshipToPerpetrator: 'Son',
        school: '',
      })),
    },
    risk: { answers, sources: {}, markedStalking: 'no' },
    ...(stalkingDue ? { stalking: { answers: Object.fromEntries(currentStalkingScreen.questions.map((q) => [q.id, 'no' as Answer])), sources: {} } } : {}),
    criteria: {
      professionalJudgement: o.professionalJudgement ? 'yes' : 'no',
      rationale: o.professionalJudgement ? 'Extreme fear and isolation' : '',
      policeIncidents: String(o.policeIncidents ?? 0),
      crimeReferences: '',
      previousMarac: '',
    },
    consent: { victimAware: 'yes', consent: 'yes', noConsentReason: '', lawfulBasis: '', victimWishes: 'To be safe', requestOfMarac: 'Safety planning' },
  };
}
