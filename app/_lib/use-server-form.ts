'use client';

import { useState, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { sendSafely } from './send-safely';
import type { ActionResult } from './server-action';

interface Options<In extends FieldValues, T> {
  /** Every field the form sends, as it starts. */
  defaultValues: In;
  /** The server action: its verb parses the raw values with its schema and answers with the field errors. */
  action: (values: In) => Promise<ActionResult<T>>;
  onSuccess?: (data: T) => void;
}

/**
 * A react-hook-form form that sends what was typed, raw, to its server action. The input is checked
 * once, on the server, by the verb's schema (decision 0015): the browser loads no schema library, and
 * the errors the server finds are put on their fields; what the user typed stays in the form. Every
 * field's input id must be its name, so the error summary can link to it.
 */
export function useServerForm<In extends FieldValues, T>({ defaultValues, action, onSuccess }: Options<In, T>) {
  const form = useForm<In>({ defaultValues: defaultValues as DefaultValues<In>, shouldFocusError: false });
  const [formError, setFormError] = useState<string>();

  const submit = sendingToServer(form, async () => {
    setFormError(undefined);
    const values = form.getValues();
    const result = await sendSafely(() => action(values));
    if (result.ok) {
      onSuccess?.(result.data);
      return;
    }
    for (const [name, message] of Object.entries(result.fieldErrors)) {
      if (name.split('.')[0] in values) form.setError(name as Path<In>, { message });
      else setFormError(message);
    }
    if (result.formError) setFormError(result.formError);
  });

  const fieldErrors = flattenErrors(form.formState.errors);
  const errors = formError ? [{ href: '#main-content', text: formError }, ...fieldErrors] : fieldErrors;
  const errorOf = (name: Path<In>) => form.getFieldState(name, form.formState).error?.message;

  return { form, submit, errors, errorOf, pending: form.formState.isSubmitting };
}

/**
 * A form's submit handler for a save the server checks: the last answer's errors go before the next
 * try (nothing in the browser validates, so only the server decides what is wrong), then `send` runs.
 */
export function sendingToServer<V extends FieldValues>(form: UseFormReturn<V>, send: () => Promise<void>) {
  const submit = form.handleSubmit(send);
  return (event?: FormEvent) => {
    form.clearErrors();
    return submit(event);
  };
}

/**
 * Field errors as summary links, nested fields (`answers.q8`, `members.0.name`) included, in form order.
 * The boxes of a date in error share one message: it is listed once, linking to the first of them.
 */
export function flattenErrors(errors: object, prefix = ''): { href: string; text: string }[] {
  const all = Object.entries(errors).flatMap(([key, value]): { href: string; text: string }[] => {
    if (!value || typeof value !== 'object' || key === 'ref') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === 'string') return [{ href: `#${path}`, text: (value as { message: string }).message }];
    return flattenErrors(value, path);
  });
  const datePart = /\.(day|month|year)$/;
  return all.filter((e, i) => !(datePart.test(e.href) && all.slice(0, i).some((f) => datePart.test(f.href) && f.text === e.text && f.href.replace(datePart, '') === e.href.replace(datePart, ''))));
}
