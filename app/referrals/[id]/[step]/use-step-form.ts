'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldError, type FieldValues, type Path } from 'react-hook-form';
import type { ReferralStep } from '@/lib/referrals/form/fields';
import { sendSafely } from '../../../_lib/send-safely';
import { flattenErrors, sendingToServer } from '../../../_lib/use-server-form';
import type { DateInputPart } from '../../../ui/date-input';
import { saveStepAction } from '../../actions';

const dateInputParts: DateInputPart[] = ['day', 'month', 'year'];

interface Options<V extends FieldValues> {
  referralId: string;
  version: number;
  step: ReferralStep;
  defaultValues: DefaultValues<V>;
  /** Where "Save and continue" goes; may depend on the answers (the stalking screen). */
  next: (values: V) => string;
}

/**
 * One step of the referral form. "Save and continue" saves the step if it is complete and moves on;
 * "Save and come back later" saves whatever is there (in a format it can keep). The server checks
 * both and names what is wrong; a save against a version someone else has replaced is refused, and
 * the answers stay on the page.
 */
export function useStepForm<V extends FieldValues>({ referralId, version: initialVersion, step, defaultValues, next }: Options<V>) {
  const router = useRouter();
  const form = useForm<V>({ defaultValues, shouldFocusError: false });
  const [version, setVersion] = useState(initialVersion);
  const [formError, setFormError] = useState<string>();

  const save = (andContinue: boolean) =>
    sendingToServer(form, async () => {
      setFormError(undefined);
      const values = form.getValues();
      const result = await sendSafely(() => saveStepAction({ referralId, version, step, values, complete: andContinue }));
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
