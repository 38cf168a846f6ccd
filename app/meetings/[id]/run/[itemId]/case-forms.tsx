'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { actionItemSchema, minutesSchema } from '@/lib/meetings/schemas';
import type { MeetingCaseView } from '@/lib/meetings/run';
import { useServerForm } from '../../../../_lib/use-server-form';
import { Button } from '../../../../ui/button';
import { DateField } from '../../../../ui/date-input';
import { ErrorSummary } from '../../../../ui/error-summary';
import { NotificationBanner } from '../../../../ui/notification-banner';
import type { OwnerChoice } from '@/lib/action-items/owner';
import { OwnerFields } from '../../../../actions/owner-fields';
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

export const minutesLabels = {
  informationShared: 'Information shared',
  risksToVictim: 'Risks to the victim',
  risksToChildren: 'Risks to children',
  risksToOthers: 'Risks to others',
  risksToStaff: 'Risks to staff',
  crimesDisclosed: 'Crimes disclosed (police to record)',
  decisions: 'Decisions',
} as const;
const fields = Object.keys(minutesLabels) as (keyof typeof minutesLabels)[];

/**
 * The case's minutes. A save made after someone else's is refused with a message; the text here stays
 * for the user to merge with theirs (shown beside it) and save again.
 */
export function MinutesForm({ agendaItemId, minutes, editable }: { agendaItemId: string; minutes: MeetingCaseView['minutes']; editable: boolean }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, submit, errors, errorOf, pending } = useServerForm({
    schema: minutesSchema,
    defaultValues: { agendaItemId, ...minutes },
    action: saveMinutesAction,
    onSuccess: (data) => {
      form.setValue('version', data.version);
      setSaved(true);
      router.refresh();
    },
  });
  const conflict = errors.some((e) => e.text.startsWith('Someone else saved'));
  if (!editable) {
    return <SummaryList rows={fields.map((f) => ({ key: minutesLabels[f], value: minutes[f] || '—' }))} />;
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Minutes">
      {saved && !conflict ? (
        <NotificationBanner type="success" title="Minutes saved">
          <p className="govuk-body">Saved.</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors} />
      {conflict ? (
        <>
          <p className="govuk-body">The minutes as they are now saved:</p>
          <SummaryList rows={fields.map((f) => ({ key: minutesLabels[f], value: minutes[f] || '—' }))} />
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              form.setValue('version', minutes.version);
              form.clearErrors();
            }}
          >
            I have merged their text into mine: let me save
          </Button>
        </>
      ) : null}
      <input type="hidden" {...form.register('agendaItemId')} />
      {fields.map((f) => (
        <Textarea key={f} id={f} label={minutesLabels[f]} rows={f === 'informationShared' ? 5 : 2} error={errorOf(f)} {...form.register(f)} />
      ))}
      <Button disabled={pending}>Save minutes</Button>
    </form>
  );
}

/** A SMART action: what, the agency and one of its people (or someone without an account), by when. */
export function ActionItemForm({ agendaItemId, owners }: { agendaItemId: string; owners: OwnerChoice[] }) {
  const router = useRouter();
  const blank = { agendaItemId, description: '', ownerAgencyId: '', ownerUserId: '', ownerName: '', dueOn: '' };
  const { form, submit, errors, errorOf, pending } = useServerForm({
    schema: actionItemSchema,
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
      <DateField id="dueOn" label="By when" error={errorOf('dueOn')} {...form.register('dueOn')} />
      <Button variant="secondary" disabled={pending}>
        Add action
      </Button>
    </form>
  );
}
