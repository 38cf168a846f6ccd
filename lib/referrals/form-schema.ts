import { z } from 'zod';
import { answers, currentRiskChecklist, currentStalkingScreen, type Answer } from './checklists';
import { stalkingScreenDue } from './criteria';
import { todayInUk } from '@/db/clock';
import { blankDateIssues, memorableDate } from '@/lib/dates/memorable-date';
import { typedText } from '@/lib/input/typed-text';

/**
 * The referral form, as data: its steps, each step's fields, and the rules on them. The browser
 * (react-hook-form) and the server actions parse the same schemas built from these descriptors.
 *
 * A step can be saved half-done (a draft): then only the format of what was typed is checked. It is
 * complete when every required answer is there; a referral is submitted only when every step is.
 */

export type FieldKind = 'text' | 'email' | 'tel' | 'textarea' | 'date' | 'number' | 'radios';

export interface FieldDescriptor {
  name: string;
  label: string;
  hint?: string;
  kind: FieldKind;
  options?: readonly { value: string; label: string }[];
  /** Required always, or only when this holds of the step's values. */
  required?: boolean | ((values: Record<string, string>) => boolean);
  requiredMessage?: string;
  max?: number;
  /** Dates: may not be after today. */
  notInFuture?: boolean;
  /** Victim's safe contact details: hidden from agencies that have no need to see them. */
  protected?: boolean;
}

const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;
const yesNoUnknown = [...yesNo, { value: 'not_known', label: 'Not known' }] as const;

export const referralSteps = ['referrer', 'victim', 'perpetrator', 'household', 'risk', 'stalking', 'criteria', 'consent'] as const;
export type ReferralStep = (typeof referralSteps)[number];

export const stepTitles: Record<ReferralStep, string> = {
  referrer: 'Referrer',
  victim: 'Victim',
  perpetrator: 'Perpetrator',
  household: 'Children and household',
  risk: 'Risk checklist',
  stalking: 'Stalking screen',
  criteria: 'Referral criteria',
  consent: 'Consent, wishes and requests',
};

/** The steps that are plain lists of fields (the others have their own forms). */
export const fieldSteps = {
  referrer: [
    { name: 'name', label: 'Your name', kind: 'text', required: true, requiredMessage: 'Enter your name', max: 200 },
    { name: 'jobTitle', label: 'Your job title', kind: 'text', max: 200 },
    { name: 'phone', label: 'Your phone number', kind: 'tel', required: true, requiredMessage: 'Enter a phone number the MARAC can reach you on', max: 50 },
    { name: 'email', label: 'Your secure email address', kind: 'email', required: true, requiredMessage: 'Enter your email address', max: 254 },
  ],
  victim: [
    { name: 'name', label: 'Full name', kind: 'text', required: true, requiredMessage: 'Enter the victim’s full name', max: 200 },
    { name: 'aliases', label: 'Other names they use or have used (optional)', hint: 'One a line: maiden name, nicknames, other spellings', kind: 'textarea', max: 1000 },
    { name: 'dob', label: 'Date of birth', kind: 'date', required: true, requiredMessage: 'Enter the victim’s date of birth', notInFuture: true },
    {
      name: 'gender',
      label: 'Gender',
      kind: 'radios',
      required: true,
      requiredMessage: 'Select the victim’s gender',
      options: [
        { value: 'female', label: 'Female' },
        { value: 'male', label: 'Male' },
        { value: 'non_binary', label: 'Non-binary' },
        { value: 'other', label: 'Another gender' },
        { value: 'not_known', label: 'Not known' },
      ],
    },
    { name: 'ethnicity', label: 'Ethnicity (optional)', hint: 'As the victim describes it', kind: 'text', max: 200 },
    { name: 'disability', label: 'Does the victim have a disability?', kind: 'radios', options: yesNoUnknown, required: true, requiredMessage: 'Select whether the victim has a disability' },
    { name: 'lgbt', label: 'Does the victim identify as LGBT+?', kind: 'radios', options: yesNoUnknown, required: true, requiredMessage: 'Select whether the victim identifies as LGBT+' },
    { name: 'language', label: 'Main language (optional)', kind: 'text', max: 100 },
    { name: 'interpreter', label: 'Does the victim need an interpreter?', kind: 'radios', options: yesNo, required: true, requiredMessage: 'Select whether the victim needs an interpreter' },
    { name: 'address', label: 'Current address', hint: 'Protected: only the referring agency, the IDVA service and police see it without giving a reason', kind: 'textarea', required: true, requiredMessage: 'Enter the victim’s current address, or “not known”', max: 500, protected: true },
    { name: 'phone', label: 'Phone number (optional)', kind: 'tel', max: 50, protected: true },
    { name: 'safeToCall', label: 'Is it safe to call the victim?', kind: 'radios', options: yesNo, required: true, requiredMessage: 'Select whether it is safe to call the victim', protected: true },
    { name: 'safeTimes', label: 'When is it safe to call?', kind: 'text', max: 300, protected: true, required: (v) => v.safeToCall === 'yes', requiredMessage: 'Enter when it is safe to call the victim' },
    { name: 'safeContacts', label: 'Who is it safe to talk to? (optional)', kind: 'textarea', max: 500, protected: true },
    { name: 'unsafeContacts', label: 'Who must not be told anything? (optional)', kind: 'textarea', max: 500, protected: true },
  ],
  perpetrator: [
    { name: 'name', label: 'Full name', kind: 'text', required: true, requiredMessage: 'Enter the perpetrator’s full name, or “not known”', max: 200 },
    { name: 'aliases', label: 'Other names (optional)', hint: 'One a line', kind: 'textarea', max: 1000 },
    { name: 'dob', label: 'Date of birth (optional)', kind: 'date', notInFuture: true },
    { name: 'address', label: 'Address (optional)', kind: 'textarea', max: 500 },
    {
      name: 'relationship',
      label: 'Relationship to the victim',
      kind: 'radios',
      required: true,
      requiredMessage: 'Select the perpetrator’s relationship to the victim',
      options: [
        { value: 'partner', label: 'Current partner' },
        { value: 'ex_partner', label: 'Former partner' },
        { value: 'family', label: 'Family member' },
        { value: 'other', label: 'Other' },
      ],
    },
    { name: 'relationshipDetails', label: 'Describe the relationship', kind: 'text', max: 300, required: (v) => v.relationship === 'other' || v.relationship === 'family', requiredMessage: 'Describe the relationship' },
  ],
  criteria: [
    { name: 'professionalJudgement', label: 'Are you referring on professional judgement?', hint: 'Whatever the checklist score, when you believe the victim is at high risk', kind: 'radios', options: yesNo, required: true, requiredMessage: 'Select whether you are referring on professional judgement' },
    { name: 'rationale', label: 'Why do you judge the risk to be high?', hint: 'For example extreme fear, barriers of language or immigration status, “honour”-based abuse', kind: 'textarea', max: 3000, required: (v) => v.professionalJudgement === 'yes', requiredMessage: 'Explain why you judge the risk to be high' },
    { name: 'policeIncidents', label: 'How many incidents were reported to the police in the last 12 months?', hint: 'Enter 0 if none or not known', kind: 'number', required: true, requiredMessage: 'Enter the number of police incidents in the last 12 months' },
    { name: 'crimeReferences', label: 'Crime reference numbers (optional)', hint: 'One a line', kind: 'textarea', max: 1000 },
    { name: 'previousMarac', label: 'Earlier MARAC referrals in other areas (optional)', kind: 'textarea', max: 1000 },
  ],
  consent: [
    { name: 'victimAware', label: 'Does the victim know about this referral?', kind: 'radios', options: yesNo, required: true, requiredMessage: 'Select whether the victim knows about the referral' },
    {
      name: 'consent',
      label: 'Has the victim consented to their information being shared?',
      kind: 'radios',
      required: true,
      requiredMessage: 'Select whether the victim has consented',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No, they refused' },
        { value: 'not_sought', label: 'Consent was not sought' },
      ],
    },
    { name: 'noConsentReason', label: 'Why are you sharing without consent?', kind: 'textarea', max: 2000, required: (v) => v.consent === 'no' || v.consent === 'not_sought', requiredMessage: 'Explain why the referral is shared without consent' },
    {
      name: 'lawfulBasis',
      label: 'On what basis is it shared?',
      kind: 'radios',
      required: (v) => v.consent === 'no' || v.consent === 'not_sought',
      requiredMessage: 'Select the basis for sharing without consent',
      options: [
        { value: 'prevent_crime', label: 'To prevent or detect crime' },
        { value: 'vital_interests', label: 'To protect someone’s life (vital interests)' },
        { value: 'safeguarding', label: 'To safeguard an individual at risk' },
      ],
    },
    { name: 'victimWishes', label: 'What does the victim want to happen?', kind: 'textarea', max: 3000, required: true, requiredMessage: 'Enter what the victim wants, or that it is not known' },
    { name: 'requestOfMarac', label: 'What do you ask of the MARAC?', kind: 'textarea', max: 3000, required: true, requiredMessage: 'Enter what you ask of the MARAC' },
  ],
} as const satisfies Record<string, readonly FieldDescriptor[]>;

export type FieldStep = keyof typeof fieldSteps;
export const isFieldStep = (step: string): step is FieldStep => step in fieldSteps;

/** A field's label as its messages begin: "Date of birth (optional)" is "Date of birth". */
const bareLabel = (field: FieldDescriptor) => field.label.replace(/ \(optional\)$/, '');

function fieldSchema(field: FieldDescriptor) {
  // Dates people know are typed in three boxes (day, month, year) and stored as YYYY-MM-DD.
  if (field.kind === 'date') return memorableDate({ label: bareLabel(field), notAfter: field.notInFuture ? () => todayInUk() : undefined });
  let schema = typedText(bareLabel(field));
  if (field.max) schema = schema.max(field.max, `${bareLabel(field)} must be ${field.max} characters or fewer`);
  return schema.superRefine((v, ctx) => {
    if (v === '') return;
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (field.kind === 'email' && !z.email().safeParse(v).success) fail('Enter an email address in the right format, like name@example.org');
    if (field.kind === 'number' && !/^\d{1,3}$/.test(v)) fail('Enter a whole number, like 2');
    if (field.kind === 'radios' && !field.options?.some((o) => o.value === v)) fail('Select one of the options');
  });
}

const stepSchemaCache = new Map<FieldStep, z.ZodType<Record<string, string>>>();

/** The draft schema of a field step: every field optional, formats checked. Its output holds strings only. */
export function fieldStepSchema(step: FieldStep): z.ZodType<Record<string, string>> {
  let schema = stepSchemaCache.get(step);
  if (!schema) {
    const shape = Object.fromEntries(fieldSteps[step].map((f: FieldDescriptor) => [f.name, fieldSchema(f).default('')]));
    schema = z.object(shape) as unknown as z.ZodType<Record<string, string>>;
    stepSchemaCache.set(step, schema);
  }
  return schema;
}

/** The draft schema of a field step with its required answers enforced (for "save and continue" and submit). */
export function completeFieldStepSchema(step: FieldStep) {
  return fieldStepSchema(step).superRefine((values, ctx) => {
    for (const field of fieldSteps[step] as readonly FieldDescriptor[]) {
      const required = typeof field.required === 'function' ? field.required(values) : field.required;
      if (!required || values[field.name]) continue;
      const message = field.requiredMessage ?? `Enter ${field.label.toLowerCase()}`;
      if (field.kind === 'date') blankDateIssues(field.name, message).forEach((issue) => ctx.addIssue(issue));
      else ctx.addIssue({ code: 'custom', path: [field.name], message });
    }
  });
}

export const protectedVictimFields = (fieldSteps.victim as readonly FieldDescriptor[]).filter((f) => f.protected).map((f) => f.name);

// Household: children and other members, as many as needed.
const member = z.object({
  name: typedText('Name').min(1, 'Enter the person’s name').max(200, 'Name must be 200 characters or fewer'),
  dob: memorableDate({ label: 'Date of birth', notAfter: () => todayInUk() }).default(''),
  child: z.enum(['yes', 'no'], 'Select whether this person is a child'),
  relationshipToVictim: typedText('Relationship to the victim').max(200, 'Relationship to the victim must be 200 characters or fewer').default(''),
  relationshipToPerpetrator: typedText('Relationship to the perpetrator').max(200, 'Relationship to the perpetrator must be 200 characters or fewer').default(''),
  school: typedText('School or nursery').max(200, 'School or nursery must be 200 characters or fewer').default(''),
});
export const householdSchema = z.object({ members: z.array(member).max(20, 'Add up to 20 people') });
export type HouseholdMember = z.output<typeof member>;

// Checklists: an answer per question (any may be left for later in a draft), a source note per question.
// Keyed by the checklist's own question ids: no other key is stored.
const answerSchema = z.enum(answers);
const checklistSchema = (definition: typeof currentRiskChecklist) => {
  const ids = new Set(definition.questions.map((q) => q.id));
  const questionId = z.string().refine((id) => ids.has(id), 'Answer the questions on the form');
  return z.object({
    answers: z.record(questionId, answerSchema.or(z.literal('')).optional()).default({}),
    sources: z.record(questionId, typedText('A source note').max(300, 'A source note must be 300 characters or fewer')).default({}),
  });
};
export const riskStepSchema = checklistSchema(currentRiskChecklist).extend({ markedStalking: z.enum(['yes', 'no']).or(z.literal('')).default('') });
export const stalkingStepSchema = checklistSchema(currentStalkingScreen);

/** The whole form as stored: each step's values, as its draft schema parsed them. */
export interface ReferralForm {
  referrer?: Record<string, string>;
  victim?: Record<string, string>;
  perpetrator?: Record<string, string>;
  household?: z.output<typeof householdSchema>;
  risk?: z.output<typeof riskStepSchema>;
  stalking?: z.output<typeof stalkingStepSchema>;
  criteria?: Record<string, string>;
  consent?: Record<string, string>;
}

export function draftSchemaFor(step: ReferralStep): z.ZodType {
  if (isFieldStep(step)) return fieldStepSchema(step);
  if (step === 'household') return householdSchema;
  if (step === 'risk') return riskStepSchema;
  return stalkingStepSchema;
}

export function riskAnswersOf(form: ReferralForm): Record<string, Answer | undefined> {
  return (form.risk?.answers ?? {}) as Record<string, Answer | undefined>;
}

export function stalkingDue(form: ReferralForm): boolean {
  return stalkingScreenDue(riskAnswersOf(form), form.risk?.markedStalking === 'yes');
}

export type StepState = 'not_started' | 'in_progress' | 'complete' | 'not_needed';

/** Where each step stands, and what is missing from it. */
export function stepProblems(form: ReferralForm, step: ReferralStep): { state: StepState; problems: { field: string; message: string }[] } {
  const values = form[step];
  if (step === 'stalking' && !stalkingDue(form)) return { state: 'not_needed', problems: [] };
  if (values === undefined) return { state: 'not_started', problems: [{ field: '', message: `Complete “${stepTitles[step]}”` }] };
  let problems: { field: string; message: string }[] = [];
  if (isFieldStep(step)) {
    const result = completeFieldStepSchema(step).safeParse(values);
    if (!result.success) {
      // A date's boxes share one message: list it once for the field.
      const seen = new Set<string>();
      problems = result.error.issues
        .map((i) => ({ field: String(i.path[0] ?? ''), message: i.message }))
        .filter((p) => !seen.has(`${p.field}\u0000${p.message}`) && seen.add(`${p.field}\u0000${p.message}`));
    }
  } else if (step === 'risk' || step === 'stalking') {
    const definition = step === 'risk' ? currentRiskChecklist : currentStalkingScreen;
    const given = (values as z.output<typeof stalkingStepSchema>).answers;
    const missing = definition.questions.filter((q) => !given[q.id]);
    if (missing.length) problems = [{ field: `answers.${missing[0].id}`, message: `Answer question ${missing.map((q) => q.number).join(', ')}` }];
  }
  return { state: problems.length ? 'in_progress' : 'complete', problems };
}

/** Splits a "one a line" answer into its lines. */
export function lines(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A checklist step with every question answered ("don't know" and "not asked" are answers too). */
export function completeChecklistSchema(definition: typeof currentRiskChecklist) {
  return z.object({
    answers: z.object(Object.fromEntries(definition.questions.map((q) => [q.id, z.enum(answers, `Answer question ${q.number}: ${q.shortLabel.toLowerCase()}`)]))),
  });
}
