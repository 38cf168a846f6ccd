'use client';

import type { z } from 'zod';
import { useRouter } from 'next/navigation';
import { incidentChannels, occurredPrecisions, stalkingBehaviours } from '@/db/enums';
import type { recordIncidentSchema } from '@/lib/incidents/schemas';
import { channelsWithPlatform } from '@/lib/incidents/channels';
import type { DateParts } from '@/lib/dates/date-parts';
import { incidentChannelLabels, occurredPrecisionLabels, stalkingBehaviourLabels } from '@/lib/stalking/labels';
import { dateErrorOf } from '../../../_lib/date-errors';
import { useServerForm } from '../../../_lib/use-server-form';
import { Button } from '../../../ui/button';
import { Checkboxes } from '../../../ui/checkboxes';
import { DateInput } from '../../../ui/date-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { Radios } from '../../../ui/radios';
import { Select } from '../../../ui/select';
import { TextInput } from '../../../ui/text-input';
import { Textarea } from '../../../ui/textarea';
import { correctIncidentAction, pasteTextAction, recordIncidentAction, withdrawIncidentAction } from './actions';

/** What an entry says, as the form's fields hold it (from the current version, for a correction). */
export interface EntryValues {
  occurredPrecision: string;
  occurredOn: DateParts;
  occurredTime: string;
  occurredUntil: DateParts;
  channel: string;
  platform: string;
  account: string;
  url: string;
  summary: string;
  behaviours: string[];
  originalKeptAt: string;
  witnesses: string;
}

const blankDate: DateParts = { day: '', month: '', year: '' };
export const blankEntry: EntryValues = {
  occurredPrecision: '',
  occurredOn: blankDate,
  occurredTime: '',
  occurredUntil: blankDate,
  channel: '',
  platform: '',
  account: '',
  url: '',
  summary: '',
  behaviours: [],
  originalKeptAt: '',
  witnesses: '',
};

/**
 * Records an incident, or corrects one (the same fields, filled with what the entry says now, and
 * why it is corrected). What was typed stays in the form when the server refuses it.
 */
export function IncidentForm(props: { caseId: string; values?: EntryValues; correct?: { number: number; version: number }; orders?: { id: string; label: string }[] }) {
  const { caseId, correct } = props;
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { caseId, ...(props.values ?? blankEntry), ...(correct ? { number: correct.number, version: correct.version, reason: '' } : { breachOfOrderId: '' }) } as z.input<typeof recordIncidentSchema>,
    action: (values) => (correct ? correctIncidentAction(values) : recordIncidentAction(values)) as ReturnType<typeof recordIncidentAction>,
    onSuccess: (data) => {
      if (correct) {
        router.push(`/cases/${caseId}/incidents/${correct.number}?saved=corrected`);
        router.refresh();
      } else router.push(`/cases/${caseId}/incidents/${(data as { number: number }).number}?saved=recorded`);
    },
  });
  const register = form.register as (name: string) => ReturnType<typeof form.register>;
  const precision = form.watch('occurredPrecision') as unknown as string;
  const channel = form.watch('channel') as unknown as string;

  return (
    <form onSubmit={submit} noValidate aria-label={correct ? 'Correct this entry' : 'Record an incident'}>
      <ErrorSummary errors={errors} />
      <Radios
        id="occurredPrecision"
        legend="When did it happen?"
        legendSize="m"
        items={occurredPrecisions.map((value) => ({ value, label: occurredPrecisionLabels[value] }))}
        error={errorOf('occurredPrecision')}
        inputProps={register('occurredPrecision')}
      />
      <DateInput
        id="occurredOn"
        legend={precision === 'range' ? 'First date' : 'Date'}
        legendSize="s"
        hint="For example, 27 3 2026"
        {...dateErrorOf(form, 'occurredOn')}
        inputProps={(part) => register(`occurredOn.${part}`)}
      />
      {precision === 'exact' ? (
        <TextInput id="occurredTime" label="Time" labelSize="s" hint="In 24 hours, for example 21:30" width="govuk-input--width-5" inputMode="numeric" error={errorOf('occurredTime')} {...register('occurredTime')} />
      ) : null}
      {precision === 'range' ? (
        <DateInput id="occurredUntil" legend="Last date" legendSize="s" hint="For example, 30 3 2026" {...dateErrorOf(form, 'occurredUntil')} inputProps={(part) => register(`occurredUntil.${part}`)} />
      ) : null}
      <Radios
        id="channel"
        legend="How did it happen?"
        legendSize="m"
        items={incidentChannels.map((value) => ({ value, label: incidentChannelLabels[value] }))}
        error={errorOf('channel')}
        inputProps={register('channel')}
      />
      {channelsWithPlatform.includes(channel as never) ? (
        <TextInput id="platform" label="Platform or app" hint="For example, Instagram, Facebook, WhatsApp" width="govuk-input--width-20" error={errorOf('platform')} {...register('platform')} />
      ) : null}
      <TextInput id="account" label="Account, handle or number it came from (optional)" width="govuk-input--width-30" error={errorOf('account')} {...register('account')} />
      <TextInput id="url" label="Web address (optional)" hint="Of the post, profile or page, starting https://" type="url" spellCheck={false} error={errorOf('url')} {...register('url')} />
      <Textarea id="summary" label="What happened" labelSize="m" hint="In short, in the order it happened" rows={4} error={errorOf('summary')} {...register('summary')} />
      <Checkboxes
        id="behaviours"
        legend="Behaviours seen (optional)"
        legendSize="m"
        hint="Select all that apply"
        items={stalkingBehaviours.map((value) => ({ value, label: stalkingBehaviourLabels[value] }))}
        error={errorOf('behaviours')}
        inputProps={register('behaviours')}
      />
      <TextInput id="originalKeptAt" label="Where the original is kept (optional)" hint="For example, on the victim’s phone, or exhibit JS/1 at the police station" error={errorOf('originalKeptAt')} {...register('originalKeptAt')} />
      <Textarea id="witnesses" label="Witnesses (optional)" rows={2} error={errorOf('witnesses')} {...register('witnesses')} />
      {!correct && props.orders?.length ? (
        <Select
          id="breachOfOrderId"
          label="Breach of an order (optional)"
          labelSize="m"
          hint="If this broke one of the case’s protective orders, choose it: the order’s page will list this incident"
          emptyOption="Not a breach of an order"
          options={props.orders.map((o) => ({ value: o.id, label: o.label }))}
          error={errorOf('breachOfOrderId')}
          {...register('breachOfOrderId')}
        />
      ) : null}
      {correct ? <Textarea id="reason" label="Why is it corrected?" labelSize="m" hint="Kept with the correction; the earlier version stays visible" rows={2} error={errorOf('reason')} {...register('reason')} /> : null}
      <Button disabled={pending}>{correct ? 'Save correction' : 'Record incident'}</Button>
    </form>
  );
}

/** Withdraws an entry with the reason; it stays in the log, marked withdrawn. */
export function WithdrawForm({ caseId, number }: { caseId: string; number: number }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { caseId, number, reason: '' },
    action: withdrawIncidentAction,
    onSuccess: () => {
      router.push(`/cases/${caseId}/incidents/${number}?saved=withdrawn`);
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Withdraw this entry">
      <ErrorSummary errors={errors.map((e) => (e.href === '#reason' ? { ...e, href: '#withdrawReason' } : e))} />
      <Textarea id="withdrawReason" label="Why is it withdrawn?" hint="The entry stays in the log, marked withdrawn, with your reason" rows={2} error={errorOf('reason')} {...form.register('reason')} />
      <Button variant="warning" disabled={pending}>
        Withdraw entry
      </Button>
    </form>
  );
}

/** Keeps pasted text (an email's headers, say) on the entry as a text file with its SHA-256. */
export function PasteTextForm({ caseId, number }: { caseId: string; number: number }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { caseId, number, title: '', text: '' },
    action: pasteTextAction,
    onSuccess: () => {
      router.push(`/cases/${caseId}/incidents/${number}?upload=added#attachments`);
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Paste email headers or other text">
      <ErrorSummary errors={errors.map((e) => (e.href === '#text' ? { ...e, href: '#pastedText' } : e.href === '#title' ? { ...e, href: '#pastedTitle' } : e))} />
      <TextInput id="pastedTitle" label="What is it?" hint="It becomes the file’s name, for example “Headers of the email of 3 March”" error={errorOf('title')} {...form.register('title')} />
      <Textarea
        id="pastedText"
        label="The text"
        hint="For an email, copy all its headers from the mail program (“Show original” or “View source”): they show where it came from"
        rows={8}
        spellCheck={false}
        error={errorOf('text')}
        {...form.register('text')}
      />
      <Button variant="secondary" disabled={pending}>
        Keep the text
      </Button>
    </form>
  );
}
