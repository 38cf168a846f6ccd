'use client';

import { useState } from 'react';
import { REVEAL_REASON_MIN_LENGTH, REVEALS_PER_24_HOURS } from '@/lib/cases/reveal-reason';
import { fieldSteps, type FieldDescriptor } from '@/lib/referrals/form/fields';
import { useServerForm } from '../../_lib/use-server-form';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SummaryList } from '../../ui/summary-list';
import { Textarea } from '../../ui/textarea';
import { WarningText } from '../../ui/warning-text';
import { displayAnswer } from '../../referrals/referral-summary';
import { revealProtectedAction } from '../actions';

const protectedFields = (fieldSteps.victim as readonly FieldDescriptor[]).filter((f) => f.protected);

/** Shows the victim's protected contact details once the viewer has given a reason, which is recorded. */
export function RevealProtected({ caseId }: { caseId: string }) {
  const [revealed, setRevealed] = useState<Record<string, string>>();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { caseId, reason: '' },
    action: revealProtectedAction,
    onSuccess: setRevealed,
  });
  if (revealed) {
    return (
      <section aria-labelledby="protected-heading">
        <h3 className="govuk-heading-s" id="protected-heading">
          Address and safe contact details
        </h3>
        <WarningText>Never share these with anyone who could pass them to the perpetrator. Your viewing has been recorded.</WarningText>
        <SummaryList rows={protectedFields.filter((f) => f.name in revealed).map((f) => ({ key: f.label.replace(/ \(optional\)$/, ''), value: displayAnswer(f, revealed[f.name]) }))} />
      </section>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="reveal-heading">
      <h3 className="govuk-heading-s" id="reveal-heading">
        Address and safe contact details are protected
      </h3>
      <p className="govuk-body">Only the referring agency, the IDVA service and the police see them without asking. If you need them, say why: your reason is recorded in the audit log, and the referring agency and the IDVA service are told that you have seen them.</p>
      <ErrorSummary errors={errors} />
      <input type="hidden" {...form.register('caseId')} />
      <Textarea
        id="reason"
        label="Why do you need them?"
        hint={`Say what you need them for in this case, in ${REVEAL_REASON_MIN_LENGTH} characters or more. You can reveal protected details ${REVEALS_PER_24_HOURS} times in 24 hours.`}
        rows={2}
        error={errorOf('reason')}
        {...form.register('reason')}
      />
      <Button variant="secondary" disabled={pending}>
        Show protected details
      </Button>
    </form>
  );
}
