'use client';

import { useServerForm } from '../../_lib/use-server-form';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { TextInput } from '../../ui/text-input';
import type { ActionResult } from '../../_lib/server-action';

/** A code from the authenticator app (or a recovery code), sent to `action`; on success, on to `returnTo`. */
export function CodeForm({ action, returnTo, submitLabel, allowRecovery = true }: { action: (v: { code: string }) => Promise<ActionResult>; returnTo: string; submitLabel: string; allowRecovery?: boolean }) {
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { code: '' },
    action,
    onSuccess: () => window.location.assign(returnTo),
  });
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput
        id="code"
        label="Code"
        hint={allowRecovery ? 'The 6-digit code your authenticator app shows, or one of your recovery codes (like abcde-fghjk)' : 'The 6-digit code your authenticator app shows'}
        autoComplete="one-time-code"
        spellCheck={false}
        width="govuk-input--width-10"
        error={errorOf('code')}
        {...form.register('code')}
      />
      <Button disabled={pending}>{submitLabel}</Button>
    </form>
  );
}
