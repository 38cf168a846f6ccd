import { z } from 'zod';
import { todayInUk } from '@/db/clock';
import { blankDateIssues, memorableDate } from '@/lib/dates/memorable-date';
import { typedText } from '@/lib/input/typed-text';
import { answers, currentRiskChecklist, currentStalkingScreen } from '../checklists';
import { fieldSteps, isFieldStep, referralSteps, type FieldDescriptor, type FieldStep, type ReferralStep } from './fields';

/**
 * The referral form's zod schemas, built from its field descriptors (./fields.ts): the verb that
 * saves a step (save-step.ts) parses what the browser sent with them (decision 0015).
 *
 * A step can be saved half-done (a draft): then only the format of what was typed is checked. It is
 * complete when every required answer is there; a referral is submitted only when every step is.
 */

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
    // Which agencies may be chosen is the verb's to check (save-step.ts): here, only that it is an id.
    if (field.kind === 'agency' && !z.uuid().safeParse(v).success) fail('Select an agency from the list');
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

/**
 * A save of one step: which referral, at the version the page was loaded at, which step, and that
 * step's values (parsed by the step's own draft schema, `draftSchemaFor`). `complete` is "Save and
 * continue": the step must then be complete too (`completeSchemaFor`), or nothing is saved.
 */
export const saveStepSchema = z.object({
  referralId: z.uuid(),
  version: z.coerce.number().int().min(1),
  step: z.enum(referralSteps),
  values: z.unknown(),
  complete: z.boolean().optional(),
});

export function draftSchemaFor(step: ReferralStep): z.ZodType {
  if (isFieldStep(step)) return fieldStepSchema(step);
  if (step === 'household') return householdSchema;
  if (step === 'risk') return riskStepSchema;
  return stalkingStepSchema;
}

/** What a step must hold to count as complete: its required answers, on top of its draft's formats. */
export function completeSchemaFor(step: ReferralStep): z.ZodType {
  if (isFieldStep(step)) return completeFieldStepSchema(step);
  if (step === 'household') return householdSchema;
  return completeChecklistSchema(step === 'risk' ? currentRiskChecklist : currentStalkingScreen);
}

/** A checklist step with every question answered ("don't know" and "not asked" are answers too). */
export function completeChecklistSchema(definition: typeof currentRiskChecklist) {
  return z.object({
    answers: z.object(Object.fromEntries(definition.questions.map((q) => [q.id, z.enum(answers, `Answer question ${q.number}: ${q.shortLabel.toLowerCase()}`)]))),
  });
}
