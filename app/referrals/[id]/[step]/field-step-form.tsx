'use client';

import { fieldSteps, type FieldDescriptor, type FieldStep } from '@/lib/referrals/form/fields';
import { partsOf, type DateParts } from '@/lib/dates/date-parts';
import { DateInput } from '../../../ui/date-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { Radios } from '../../../ui/radios';
import { Select } from '../../../ui/select';
import { TextInput } from '../../../ui/text-input';
import { Textarea } from '../../../ui/textarea';
import { StepButtons } from './step-buttons';
import { useStepForm } from './use-step-form';

/** What the form holds: a string per field, and a date's three boxes. */
type Values = Record<string, string | DateParts>;

/** A step that is a plain list of fields, drawn from its descriptors in lib/referrals/form/fields.ts. */
export function FieldStepForm({
  referralId,
  version,
  step,
  values,
  nextHref,
  agencyChoices = [],
}: {
  referralId: string;
  version: number;
  step: FieldStep;
  values: Record<string, string>;
  nextHref: string;
  /** The agencies an `agency` field offers (the area's other open agencies). */
  agencyChoices?: { value: string; label: string }[];
}) {
  const fields = fieldSteps[step] as readonly FieldDescriptor[];
  const { form, saveAndContinue, saveDraft, errors, errorOf, dateErrorOf, pending } = useStepForm<Values>({
    referralId,
    version,
    step,
    defaultValues: Object.fromEntries(fields.map((f) => [f.name, f.kind === 'date' ? partsOf(values[f.name]) : (values[f.name] ?? '')])),
    next: () => nextHref,
  });

  return (
    <form onSubmit={saveAndContinue} noValidate>
      <ErrorSummary errors={errors} />
      {fields.map((f) => {
        const common = { id: f.name, label: f.label, hint: f.hint, error: errorOf(f.name) };
        switch (f.kind) {
          case 'radios':
            return <Radios key={f.name} {...common} legend={f.label} legendSize="s" inline={(f.options?.length ?? 0) <= 3} items={[...(f.options ?? [])]} inputProps={form.register(f.name)} />;
          case 'textarea':
            return <Textarea key={f.name} {...common} rows={3} {...form.register(f.name)} />;
          case 'date':
            return <DateInput key={f.name} id={f.name} legend={f.label} legendSize="s" hint={f.hint} {...dateErrorOf(f.name)} inputProps={(part) => form.register(`${f.name}.${part}`)} />;
          case 'agency':
            return <Select key={f.name} {...common} options={agencyChoices} emptyOption="No, my agency alone" {...form.register(f.name)} />;
          case 'number':
            return <TextInput key={f.name} {...common} inputMode="numeric" width="govuk-input--width-3" {...form.register(f.name)} />;
          default:
            return <TextInput key={f.name} {...common} type={f.kind} autoComplete="off" spellCheck={f.kind === 'text' ? undefined : false} {...form.register(f.name)} />;
        }
      })}
      <StepButtons onDraft={saveDraft} pending={pending} />
    </form>
  );
}
