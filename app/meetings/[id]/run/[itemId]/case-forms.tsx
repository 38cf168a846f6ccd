'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { minuteFieldLabels, minuteFields, minutesConflictMessage } from '@/lib/meetings/minute-fields';
import type { MeetingCaseView } from '@/lib/meetings/run';
import { dateErrorOf } from '../../../../_lib/date-errors';
import { formatDateTime } from '../../../../_lib/format';
import { useServerForm } from '../../../../_lib/use-server-form';
import { Button } from '../../../../ui/button';
import { DateInput } from '../../../../ui/date-input';
import { ErrorSummary } from '../../../../ui/error-summary';
import { NotificationBanner } from '../../../../ui/notification-banner';
import type { OwnerChoice } from '@/lib/action-items/owner';
import { OwnerFields } from '../../../../action-items/owner-fields';
import { SummaryList } from '../../../../ui/summary-list';
import { Textarea } from '../../../../ui/textarea';
import { addActionItemAction, saveMinutesAction } from '../../../actions';

/** Time on this case against the allowance; counts from when the case was opened. */
export function CaseTimer({ allowanceMinutes }: { allowanceMinutes: number }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  const over = seconds > allowanceMinutes * 60;
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <div className="app-score-panel" role="timer" aria-label="Time on this case">
      <p className="govuk-body govuk-!-margin-0">
        <strong>{clock}</strong> of {allowanceMinutes} minutes{over ? ': over the time allowed for this case' : ''}
      </p>
    </div>
  );
}

/**
 * The case's minutes. A save made after someone else's is refused: their version, as saved, is then
 * shown above the form, which keeps what this user typed, to merge and save again.
 */
export function MinutesForm({
  agendaItemId,
  minutes,
  lastSaved,
  editable,
}: {
  agendaItemId: string;
  minutes: MeetingCaseView['minutes'];
  lastSaved: MeetingCaseView['minutesSaved'];
  editable: boolean;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [saved, setSaved] = useState(false);
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { agendaItemId, ...minutes },
    action: saveMinutesAction,
    onSuccess: (data) => {
      form.setValue('version', data.version);
      setSaved(true);
      router.refresh();
    },
  });
  const conflict = errors.some((e) => e.text === minutesConflictMessage);
  // The version this form's text was written from; once the page holds a later one, it is theirs.
  const myVersion = form.watch('version');
  const theirsShown = conflict && minutes.version !== myVersion;
  useEffect(() => {
    if (conflict) router.refresh();
  }, [conflict, router]);
  // "Minutes saved" is about the last thing done: sending another form on the page (an action) ends it.
  useEffect(() => {
    const clear = (e: Event) => {
      if (e.target !== formRef.current) setSaved(false);
    };
    document.addEventListener('submit', clear);
    return () => document.removeEventListener('submit', clear);
  }, []);
  if (!editable) {
    return <SummaryList rows={minuteFields.map((f) => ({ key: minuteFieldLabels[f], value: minutes[f] || 'Not recorded' }))} />;
  }
  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        setSaved(false);
        // Saving after their version is shown means this text now includes theirs.
        if (theirsShown) form.setValue('version', minutes.version);
        return submit(e);
      }}
      noValidate
      aria-label="Minutes"
    >
      {saved && !conflict ? (
        <NotificationBanner type="success" title="Minutes saved">
          <p className="govuk-body">The minutes of this case are saved.</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors} />
      {conflict ? (
        <section aria-labelledby="their-minutes" className="app-checklist-question">
          <h3 className="govuk-heading-s" id="their-minutes">
            Their version, as saved{theirsShown && lastSaved ? ` by ${lastSaved.by} at ${formatDateTime(lastSaved.at)}` : ''}
          </h3>
          {theirsShown ? (
            <SummaryList rows={minuteFields.map((f) => ({ key: minuteFieldLabels[f], value: minutes[f] || 'Not recorded' }))} />
          ) : (
            <p className="govuk-body">Fetching their version…</p>
          )}
          <p className="govuk-body">Your version is in the form below. Add what you need from theirs to it, then save.</p>
        </section>
      ) : null}
      <input type="hidden" {...form.register('agendaItemId')} />
      {minuteFields.map((f) => (
        <Textarea key={f} id={f} label={conflict ? `${minuteFieldLabels[f]} (your version)` : minuteFieldLabels[f]} rows={f === 'informationShared' ? 5 : 2} error={errorOf(f)} {...form.register(f)} />
      ))}
      <Button disabled={pending || (conflict && !theirsShown)}>{conflict ? 'Save the merged minutes' : 'Save minutes'}</Button>
    </form>
  );
}

/** A SMART action: what, the agency and one of its people (or someone without an account), by when. */
export function ActionItemForm({ agendaItemId, owners }: { agendaItemId: string; owners: OwnerChoice[] }) {
  const router = useRouter();
  const blank = { agendaItemId, description: '', ownerAgencyId: '', ownerUserId: '', ownerName: '', dueOn: { day: '', month: '', year: '' } };
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: blank,
    action: addActionItemAction,
    onSuccess: () => {
      form.reset(blank);
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Add an action">
      <h3 className="govuk-heading-m">Add an action</h3>
      <ErrorSummary errors={errors} />
      <input type="hidden" {...form.register('agendaItemId')} />
      <Textarea id="description" label="What is to be done" hint="Specific and achievable: say what, for whom and to what end" rows={2} error={errorOf('description')} {...form.register('description')} />
      <OwnerFields form={form} choices={owners} errorOf={errorOf} />
      <DateInput id="dueOn" legend="By when" legendSize="s" hint="For example, 27 3 2027" {...dateErrorOf(form, 'dueOn')} inputProps={(part) => form.register(`dueOn.${part}`)} />
      <Button variant="secondary" disabled={pending}>
        Add action
      </Button>
    </form>
  );
}
