'use client';

import { useState } from 'react';
import { useServerForm } from '../../_lib/use-server-form';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { Panel } from '../../ui/panel';
import { TextInput } from '../../ui/text-input';
import { WarningText } from '../../ui/warning-text';
import { confirmEnrolmentAction } from './actions';

/** Confirms the app with a code; then shows the ten recovery codes, once. */
export function EnrolForm({ returnTo }: { returnTo: string }) {
  const [codes, setCodes] = useState<string[]>();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { code: '' },
    action: confirmEnrolmentAction,
    onSuccess: (data) => setCodes(data.codes),
  });
  if (codes) {
    return (
      <>
        <Panel title="Your authenticator app is set up" headingLevel={2} />
        <h2 className="govuk-heading-m">Your recovery codes</h2>
        <p className="govuk-body">
          If you lose the phone your app is on, each of these codes signs you in once instead of a code from the app. Keep them somewhere safe
          and apart from your phone: print them or write them down now. They are not shown again.
        </p>
        <ul className="govuk-list govuk-list--bullet" id="recovery-codes" aria-label="Recovery codes">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <WarningText>When you have used them all, or lost them, ask your Marac Hub administrator to reset your authenticator app.</WarningText>
        <a className="govuk-button" href={returnTo} data-module="govuk-button">
          Continue
        </a>
      </>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <TextInput
        id="code"
        label="Code from the app"
        hint="The 6-digit code the app shows for Marac Hub"
        autoComplete="one-time-code"
        spellCheck={false}
        width="govuk-input--width-10"
        error={errorOf('code')}
        {...form.register('code')}
      />
      <Button disabled={pending}>Confirm</Button>
    </form>
  );
}
