'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ReferralStep } from '@/lib/referrals/form/fields';
import { dateErrorOf } from '../../../_lib/date-errors';
import { sendSafely } from '../../../_lib/send-safely';
import { useForm } from '../../../_lib/use-form';
import { flattenErrors } from '../../../_lib/use-server-form';
import { saveStepAction } from '../../actions';

interface Options<V extends object> {
  referralId: string;
  version: number;
  step: ReferralStep;
  defaultValues: V;
  /** Where "Save and continue" goes; may depend on the answers (the stalking screen). */
  next: (values: V) => string;
}

/**
 * One step of the referral form. "Save and continue" saves the step if it is complete and moves on;
 * "Save and come back later" saves whatever is there (in a format it can keep). The server checks
 * both and names what is wrong; a save against a version someone else has replaced is refused, and
 * the answers stay on the page.
 */
export function useStepForm<V extends object>({ referralId, version: initialVersion, step, defaultValues, next }: Options<V>) {
  const router = useRouter();
  const form = useForm<V>({ defaultValues });
  const [version, setVersion] = useState(initialVersion);
  const [formError, setFormError] = useState<string>();

  const save = (andContinue: boolean) =>
    form.handleSubmit(async (values) => {
      setFormError(undefined);
      const result = await sendSafely(() => saveStepAction({ referralId, version, step, values, complete: andContinue }));
      if (!result.ok) {
        for (const [name, message] of Object.entries(result.fieldErrors)) form.setError(name, message);
        if (result.formError) setFormError(result.formError);
        return;
      }
      setVersion(result.data.version);
      router.push(andContinue ? next(values) : `/referrals/${referralId}`);
      router.refresh();
    });

  const errors = [...(formError ? [{ href: '#main-content', text: formError }] : []), ...flattenErrors(form.errors)];
  return {
    form,
    saveAndContinue: save(true),
    saveDraft: save(false),
    errors,
    errorOf: form.errorOf,
    /** A date's error: its message, and the boxes (day, month, year) to highlight. */
    dateErrorOf: (name: string) => dateErrorOf(form, name),
    pending: form.isSubmitting,
  };
}
