/**
 * The referral form's steps and the fields of those that are plain lists of fields, as data: labels,
 * hints, options and which answers are required. The schemas (./schemas.ts) and the pages are built from it.
 */

/** `agency`: another agency of the area, chosen from a list the page is given (its id is stored). */
export type FieldKind = 'text' | 'email' | 'tel' | 'textarea' | 'date' | 'number' | 'radios' | 'agency';

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
const prefersNotToSay = { value: 'prefers_not_to_say', label: 'Prefers not to say' } as const;

/**
 * The victim's ethnic group, in the five high-level groups of the ONS's 2021 census question (the
 * national dataset counts victims who are Black, Asian or racially minoritised from it, decision 0021).
 */
export const ethnicGroups = [
  { value: 'asian', label: 'Asian or Asian British' },
  { value: 'black', label: 'Black, Black British, Caribbean or African' },
  { value: 'mixed', label: 'Mixed or multiple ethnic groups' },
  { value: 'white', label: 'White' },
  { value: 'other', label: 'Another ethnic group' },
  prefersNotToSay,
  { value: 'not_known', label: 'Not known' },
] as const;

/** The ethnic groups the dataset counts as Black, Asian or racially minoritised. */
export const minoritisedEthnicGroups = ['asian', 'black', 'mixed', 'other'] as const;

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
    {
      name: 'phone',
      label: 'Your phone number',
      kind: 'tel',
      required: true,
      requiredMessage: 'Enter a phone number the MARAC can reach you on',
      max: 50,
    },
    {
      name: 'email',
      label: 'Your secure email address',
      kind: 'email',
      required: true,
      requiredMessage: 'Enter your email address',
      max: 254,
    },
    {
      name: 'jointAgency',
      label: 'Is this a joint referral with another agency? (optional)',
      hint: 'Choose the other agency if you are referring together: the case counts as referred by both',
      kind: 'agency',
    },
  ],
  victim: [
    { name: 'name', label: 'Full name', kind: 'text', required: true, requiredMessage: 'Enter the victim’s full name', max: 200 },
    {
      name: 'aliases',
      label: 'Other names they use or have used (optional)',
      hint: 'One a line: maiden name, nicknames, other spellings',
      kind: 'textarea',
      max: 1000,
    },
    {
      name: 'dob',
      label: 'Date of birth',
      kind: 'date',
      required: true,
      requiredMessage: 'Enter the victim’s date of birth',
      notInFuture: true,
    },
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
    {
      name: 'ethnicGroup',
      label: 'Ethnic group (optional)',
      hint: 'Sensitive: the group the victim gives, if they choose to. Shown only where this referral is, and counted, without names, in the MARAC dataset',
      kind: 'radios',
      options: ethnicGroups,
    },
    { name: 'ethnicity', label: 'Ethnicity (optional)', hint: 'As the victim describes it', kind: 'text', max: 200 },
    {
      name: 'disability',
      label: 'Does the victim have a disability?',
      kind: 'radios',
      options: yesNoUnknown,
      required: true,
      requiredMessage: 'Select whether the victim has a disability',
    },
    {
      name: 'lgbt',
      label: 'Does the victim identify as LGBT+?',
      hint: 'Sensitive: shown only where this referral is',
      kind: 'radios',
      options: [...yesNoUnknown, prefersNotToSay],
      required: true,
      requiredMessage: 'Select whether the victim identifies as LGBT+',
    },
    { name: 'language', label: 'Main language (optional)', kind: 'text', max: 100 },
    {
      name: 'interpreter',
      label: 'Does the victim need an interpreter?',
      kind: 'radios',
      options: yesNo,
      required: true,
      requiredMessage: 'Select whether the victim needs an interpreter',
    },
    {
      name: 'address',
      label: 'Current address',
      hint: 'Protected: only the referring agency, the IDVA service and police see it without giving a reason',
      kind: 'textarea',
      required: true,
      requiredMessage: 'Enter the victim’s current address, or “not known”',
      max: 500,
      protected: true,
    },
    { name: 'phone', label: 'Phone number (optional)', kind: 'tel', max: 50, protected: true },
    {
      name: 'safeToCall',
      label: 'Is it safe to call the victim?',
      kind: 'radios',
      options: yesNo,
      required: true,
      requiredMessage: 'Select whether it is safe to call the victim',
      protected: true,
    },
    {
      name: 'safeTimes',
      label: 'When is it safe to call?',
      kind: 'text',
      max: 300,
      protected: true,
      required: (v) => v.safeToCall === 'yes',
      requiredMessage: 'Enter when it is safe to call the victim',
    },
    { name: 'safeContacts', label: 'Who is it safe to talk to? (optional)', kind: 'textarea', max: 500, protected: true },
    { name: 'unsafeContacts', label: 'Who must not be told anything? (optional)', kind: 'textarea', max: 500, protected: true },
  ],
  perpetrator: [
    {
      name: 'name',
      label: 'Full name',
      kind: 'text',
      required: true,
      requiredMessage: 'Enter the perpetrator’s full name, or “not known”',
      max: 200,
    },
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
    {
      name: 'relationshipDetails',
      label: 'Describe the relationship',
      kind: 'text',
      max: 300,
      required: (v) => v.relationship === 'other' || v.relationship === 'family',
      requiredMessage: 'Describe the relationship',
    },
  ],
  criteria: [
    {
      name: 'professionalJudgement',
      label: 'Are you referring on professional judgement?',
      hint: 'Whatever the checklist score, when you believe the victim is at high risk',
      kind: 'radios',
      options: yesNo,
      required: true,
      requiredMessage: 'Select whether you are referring on professional judgement',
    },
    {
      name: 'rationale',
      label: 'Why do you judge the risk to be high?',
      hint: 'For example extreme fear, barriers of language or immigration status, “honour”-based abuse',
      kind: 'textarea',
      max: 3000,
      required: (v) => v.professionalJudgement === 'yes',
      requiredMessage: 'Explain why you judge the risk to be high',
    },
    {
      name: 'policeIncidents',
      label: 'How many incidents were reported to the police in the last 12 months?',
      hint: 'Enter 0 if none or not known',
      kind: 'number',
      required: true,
      requiredMessage: 'Enter the number of police incidents in the last 12 months',
    },
    { name: 'crimeReferences', label: 'Crime reference numbers (optional)', hint: 'One a line', kind: 'textarea', max: 1000 },
    { name: 'previousMarac', label: 'Earlier MARAC referrals in other areas (optional)', kind: 'textarea', max: 1000 },
  ],
  consent: [
    {
      name: 'victimAware',
      label: 'Does the victim know about this referral?',
      kind: 'radios',
      options: yesNo,
      required: true,
      requiredMessage: 'Select whether the victim knows about the referral',
    },
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
    {
      name: 'noConsentReason',
      label: 'Why are you sharing without consent?',
      kind: 'textarea',
      max: 2000,
      required: (v) => v.consent === 'no' || v.consent === 'not_sought',
      requiredMessage: 'Explain why the referral is shared without consent',
    },
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
    {
      name: 'victimWishes',
      label: 'What does the victim want to happen?',
      kind: 'textarea',
      max: 3000,
      required: true,
      requiredMessage: 'Enter what the victim wants, or that it is not known',
    },
    {
      name: 'requestOfMarac',
      label: 'What do you ask of the MARAC?',
      kind: 'textarea',
      max: 3000,
      required: true,
      requiredMessage: 'Enter what you ask of the MARAC',
    },
  ],
} as const satisfies Record<string, readonly FieldDescriptor[]>;

export type FieldStep = keyof typeof fieldSteps;
export const isFieldStep = (step: string): step is FieldStep => step in fieldSteps;

export const protectedVictimFields = (fieldSteps.victim as readonly FieldDescriptor[]).filter((f) => f.protected).map((f) => f.name);
