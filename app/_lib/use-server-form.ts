'use client';

import { useState } from 'react';
import { sendSafely } from './send-safely';
import type { ActionResult } from './server-action';
import { useForm } from './use-form';

interface Options<In extends object, T> {
  /** Every field the form sends, as it starts. */
  defaultValues: In;
  /** The server action: its verb parses the raw values with its schema and answers with the field errors. */
  action: (values: In) => Promise<ActionResult<T>>;
  onSuccess?: (data: T) => void;
}

/**
 * A form that sends what was typed, raw, to its server action. The input is checked once, on the
 * server, by the verb's schema (decision 0015): the browser loads no schema library, and the errors
 * the server finds are put on their fields; what the user typed stays in the form. Every field's
 * input id must be its name, so the error summary can link to it.
 */
export function useServerForm<In extends object, T>({ defaultValues, action, onSuccess }: Options<In, T>) {
  const form = useForm<In>({ defaultValues });
  const [formError, setFormError] = useState<string>();

  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await sendSafely(() => action(values));
    if (result.ok) {
      onSuccess?.(result.data);
      return;
    }
    for (const [name, message] of Object.entries(result.fieldErrors)) {
      if (name.split('.')[0] in values) form.setError(name, message);
      else setFormError(message);
    }
    if (result.formError) setFormError(result.formError);
  });

  const fieldErrors = flattenErrors(form.errors);
  const errors = formError ? [{ href: '#main-content', text: formError }, ...fieldErrors] : fieldErrors;

  return { form, submit, errors, errorOf: form.errorOf, pending: form.isSubmitting };
}

/**
 * Field errors as summary links, in the order they were found. The boxes of a date in error share one
 * message: it is listed once, linking to the first of them.
 */
export function flattenErrors(errors: Readonly<Record<string, string>>): { href: string; text: string }[] {
  const all = Object.entries(errors).map(([name, text]) => ({ href: `#${name}`, text }));
  const datePart = /\.(day|month|year)$/;
  return all.filter((e, i) => !(datePart.test(e.href) && all.slice(0, i).some((f) => datePart.test(f.href) && f.text === e.text && f.href.replace(datePart, '') === e.href.replace(datePart, ''))));
}
