'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldError, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { ReferralStep } from '@/lib/referrals/form/fields';
import { flattenErrors, sendSafely } from '../../../_lib/use-server-form';
import type { DateInputPart } from '../../../ui/date-input';
import { saveStepAction } from '../../actions';

const dateInputParts: DateInputPart[] = ['day', 'month', 'year'];

interface Options<V extends FieldValues> {
  referralId: string;
  version: number;
  step: ReferralStep;
  /** Formats only: what a draft must satisfy to be saved. */
  draftSchema: z.ZodType;
  /** With the required answers: checked on "Save and continue". */
  completeSchema?: z.ZodType;
  defaultValues: DefaultValues<V>;
  /** Where "Save and continue" goes; may depend on the answers (the stalking screen). */
  next: (values: V) => string;
}

/**
 * One step of the referral form. "Save and continue" checks the step is complete, saves it and moves
 * on; "Save and come back later" saves whatever is there. A save against a version someone else has
 * replaced is refused by the server, and the answers stay on the page.
 */
export function useStepForm<V extends FieldValues>({ referralId, version: initialVersion, step, draftSchema, completeSchema, defaultValues, next }: Options<V>) {
  const router = useRouter();
  const form = useForm<V>({ resolver: zodResolver(draftSchema as never) as never, defaultValues, shouldFocusError: false });
  const [version, setVersion] = useState(initialVersion);
  const [formError, setFormError] = useState<string>();

  const save = (andContinue: boolean) =>
    form.handleSubmit(async () => {
      setFormError(undefined);
      const values = form.getValues();
      if (andContinue && completeSchema) {
        const complete = completeSchema.safeParse(values);
        if (!complete.success) {
          for (const issue of complete.error.issues) form.setError(issue.path.join('.') as Path<V>, { message: issue.message });
          return;
        }
      }
      const result = await sendSafely(() => saveStepAction({ referralId, version, step, values }));
      if (!result.ok) {
        for (const [name, message] of Object.entries(result.fieldErrors)) form.setError(name as Path<V>, { message });
        if (result.formError) setFormError(result.formError);
        return;
      }
      setVersion(result.data.version);
      router.push(andContinue ? next(values) : `/referrals/${referralId}`);
      router.refresh();
    });

  const errors = [...(formError ? [{ href: '#main-content', text: formError }] : []), ...flattenErrors(form.formState.errors)];
  const errorOf = (name: string) => form.getFieldState(name as Path<V>, form.formState).error?.message;
  /** A date's error: its message, and the boxes (day, month, year) to highlight. */
  const dateErrorOf = (name: string): { error?: string; errorParts: DateInputPart[] } => {
    const error = form.getFieldState(name as Path<V>, form.formState).error as (FieldError & Partial<Record<DateInputPart, FieldError>>) | undefined;
    if (!error) return { errorParts: [] };
    if (typeof error.message === 'string') return { error: error.message, errorParts: [] };
    const errorParts = dateInputParts.filter((p) => error[p]);
    return { error: errorParts.map((p) => error[p]?.message).find(Boolean), errorParts };
  };
  return { form, saveAndContinue: save(true), saveDraft: save(false), errors, errorOf, dateErrorOf, pending: form.formState.isSubmitting };
}
