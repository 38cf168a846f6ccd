'use client';

import type { z } from 'zod';
import type { householdSchema, HouseholdMember } from '@/lib/referrals/form/schemas';
import { partsOf, type DateParts } from '@/lib/dates/date-parts';
import { useFieldArray } from '../../../_lib/use-form';
import { Button } from '../../../ui/button';
import { DateInput } from '../../../ui/date-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { Radios } from '../../../ui/radios';
import { TextInput } from '../../../ui/text-input';
import { StepButtons } from './step-buttons';
import { useStepForm } from './use-step-form';

/** A member as the form holds them: the date of birth in its three boxes. */
type Member = Omit<HouseholdMember, 'dob'> & { dob: DateParts };
type Values = { members: Member[] };

const blank: Member = { name: '', dob: partsOf(''), child: 'yes', relationshipToVictim: '', relationshipToPerpetrator: '', school: '' };

/** Children and other members of the household, as many as there are. */
export function HouseholdForm({ referralId, version, values, nextHref }: { referralId: string; version: number; values: z.output<typeof householdSchema>; nextHref: string }) {
  const { form, saveAndContinue, saveDraft, errors, errorOf, dateErrorOf, pending } = useStepForm<Values>({
    referralId,
    version,
    step: 'household',
    defaultValues: { members: (values.members ?? []).map((m) => ({ ...m, dob: partsOf(m.dob) })) },
    next: () => nextHref,
  });
  const { fields, append, remove } = useFieldArray(form, 'members');

  return (
    <form onSubmit={saveAndContinue} noValidate>
      <ErrorSummary errors={errors} />
      {fields.length === 0 ? <p className="govuk-body">No one added. If there are no children or other household members, save and continue.</p> : null}
      {fields.map((field, i) => (
        <fieldset key={field.id} className="govuk-fieldset app-checklist-question">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Person {i + 1}</legend>
          <TextInput id={`members.${i}.name`} label="Name" error={errorOf(`members.${i}.name`)} {...form.register(`members.${i}.name`)} />
          <DateInput
            id={`members.${i}.dob`}
            legend="Date of birth (optional)"
            legendSize="s"
            {...dateErrorOf(`members.${i}.dob`)}
            inputProps={(part) => form.register(`members.${i}.dob.${part}`)}
          />
          <Radios
            id={`members.${i}.child`}
            legend="Is this person a child (under 18)?"
            legendSize="s"
            inline
            small
            items={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
            error={errorOf(`members.${i}.child`)}
            inputProps={form.register(`members.${i}.child`)}
          />
          <TextInput id={`members.${i}.relationshipToVictim`} label="Relationship to the victim (optional)" {...form.register(`members.${i}.relationshipToVictim`)} />
          <TextInput id={`members.${i}.relationshipToPerpetrator`} label="Relationship to the perpetrator (optional)" {...form.register(`members.${i}.relationshipToPerpetrator`)} />
          <TextInput id={`members.${i}.school`} label="School or nursery (optional)" {...form.register(`members.${i}.school`)} />
          <Button type="button" variant="secondary" onClick={() => remove(i)}>
            Remove person {i + 1}
          </Button>
        </fieldset>
      ))}
      <p className="govuk-body">
        <Button type="button" variant="secondary" onClick={() => append({ ...blank })}>
          {fields.length ? 'Add another person' : 'Add a child or household member'}
        </Button>
      </p>
      <StepButtons onDraft={saveDraft} pending={pending} />
    </form>
  );
}
