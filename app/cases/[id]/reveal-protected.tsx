'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { REVEAL_REASON_MIN_LENGTH, REVEALS_PER_24_HOURS } from '@/lib/cases/reveal-reason';
import { sendSafely } from '../../_lib/send-safely';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SummaryList } from '../../ui/summary-list';
import { Textarea } from '../../ui/textarea';
import { WarningText } from '../../ui/warning-text';
import { revealProtectedAction } from '../actions';
import type { RevealedRow } from './revealed-rows';

/**
 * Shows the victim's protected contact details once the viewer has given a reason, which is recorded.
 * One field, checked on the server like every form (decision 0015); kept without a form library so the
 * case page loads as little as it can.
 */
export function RevealProtected({ caseId }: { caseId: string }) {
  const [revealed, setRevealed] = useState<RevealedRow[]>();
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<{ reason?: string; form?: string }>({});
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent) {
    event.preventDefault();
    setRefusal({});
    startTransition(async () => {
      const result = await sendSafely(() => revealProtectedAction({ caseId, reason }));
      if (result.ok) setRevealed(result.data);
      else setRefusal({ reason: result.fieldErrors.reason, form: result.formError ?? Object.entries(result.fieldErrors).find(([name]) => name !== 'reason')?.[1] });
    });
  }

  if (revealed) {
    return (
      <section aria-labelledby="protected-heading">
        <h3 className="govuk-heading-s" id="protected-heading">
          Address and safe contact details
        </h3>
        <WarningText>Never share these with anyone who could pass them to the perpetrator. Your viewing has been recorded.</WarningText>
        <SummaryList
          rows={revealed.map((row) => ({
            key: row.label,
            value: row.value === null ? <span className="govuk-hint govuk-!-margin-0">Not given</span> : <span className="app-pre-line">{row.value}</span>,
          }))}
        />
      </section>
    );
  }
  const errors = [...(refusal.form ? [{ href: '#main-content', text: refusal.form }] : []), ...(refusal.reason ? [{ href: '#reason', text: refusal.reason }] : [])];
  return (
    <form onSubmit={submit} noValidate aria-labelledby="reveal-heading">
      <h3 className="govuk-heading-s" id="reveal-heading">
        Address and safe contact details are protected
      </h3>
      <p className="govuk-body">Only the referring agency, the IDVA service and the police see them without asking. If you need them, say why: your reason is recorded in the audit log, and the referring agency and the IDVA service are told that you have seen them.</p>
      <ErrorSummary errors={errors} />
      <Textarea
        id="reason"
        name="reason"
        label="Why do you need them?"
        hint={`Say what you need them for in this case, in ${REVEAL_REASON_MIN_LENGTH} characters or more. You can reveal protected details ${REVEALS_PER_24_HOURS} times in 24 hours.`}
        rows={2}
        error={refusal.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <Button variant="secondary" disabled={pending}>
        Show protected details
      </Button>
    </form>
  );
}
