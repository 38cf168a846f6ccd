'use client';

import type { z } from 'zod';
import { useRouter } from 'next/navigation';
import { protectiveOrderTypes } from '@/db/enums';
import type { OrderChangeKind } from '@/lib/orders/changes';
import type { createOrderSchema } from '@/lib/orders/schemas';
import { protectiveOrderTypeLabels } from '@/lib/stalking/labels';
import { dateErrorOf } from '../../../_lib/date-errors';
import { useServerForm } from '../../../_lib/use-server-form';
import { Button } from '../../../ui/button';
import { DateInput } from '../../../ui/date-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { Select } from '../../../ui/select';
import { TextInput } from '../../../ui/text-input';
import { Textarea } from '../../../ui/textarea';
import { changeOrderAction, createOrderAction } from './actions';

const blankDate = { day: '', month: '', year: '' };

/** Enters an order on the case's register. What was typed stays when the server refuses it. */
export function OrderForm({ caseId }: { caseId: string }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { caseId, type: '' as never, court: '', reference: '', appliedOn: blankDate, madeOn: blankDate, servedOn: blankDate, expiresOn: blankDate, conditions: '', protectedPeople: '' } as z.input<typeof createOrderSchema>,
    action: createOrderAction,
    onSuccess: ({ orderId }) => router.push(`/cases/${caseId}/orders/${orderId}?saved=recorded`),
  });
  const date = (id: 'appliedOn' | 'madeOn' | 'servedOn' | 'expiresOn', legend: string, hint: string) => (
    <DateInput id={id} legend={legend} legendSize="s" hint={hint} {...dateErrorOf(form, id)} inputProps={(part) => form.register(`${id}.${part}`)} />
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Add an order">
      <ErrorSummary errors={errors} />
      <Select id="type" label="Type of order" labelSize="m" emptyOption="Choose the type" options={protectiveOrderTypes.map((value) => ({ value, label: protectiveOrderTypeLabels[value] }))} error={errorOf('type')} {...form.register('type')} />
      <TextInput id="court" label="Court (optional)" hint="For example, Kestrel Vale Magistrates’ Court" error={errorOf('court')} {...form.register('court')} />
      <TextInput id="reference" label="Reference (optional)" hint="The court’s or the police’s reference for the order" width="govuk-input--width-20" spellCheck={false} error={errorOf('reference')} {...form.register('reference')} />
      {date('appliedOn', 'Date applied for (optional)', 'For example, 27 3 2026')}
      {date('madeOn', 'Date made', 'Leave blank if the court has not made it yet')}
      {date('servedOn', 'Date served (optional)', 'For a Stalking Protection Order, its subject must notify the police within 3 days of service')}
      {date('expiresOn', 'Expiry date (optional)', 'Leave blank if it runs until further order')}
      <Textarea id="conditions" label="Conditions (optional)" hint="What the order prohibits or requires, as the court wrote it" rows={4} error={errorOf('conditions')} {...form.register('conditions')} />
      <Textarea id="protectedPeople" label="People protected (optional)" rows={2} error={errorOf('protectedPeople')} {...form.register('protectedPeople')} />
      <Button disabled={pending}>Add order</Button>
    </form>
  );
}

const buttonOf: Record<OrderChangeKind, string> = {
  made: 'Record it made',
  served: 'Record service',
  varied: 'Record the variation',
  renewed: 'Record the renewal',
  discharged: 'Record the discharge',
  subject_notified: 'Record the notification',
};

/** Records one thing that happened to an order: the fields it needs, a date and a note. */
export function OrderChangeForm({ caseId, orderId, version, kind, conditions }: { caseId: string; orderId: string; version: number; kind: OrderChangeKind; conditions: string }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { caseId, orderId, version, kind, on: blankDate, expiresOn: blankDate, conditions: kind === 'varied' ? conditions : '', note: '' },
    action: changeOrderAction,
    onSuccess: () => {
      router.push(`/cases/${caseId}/orders/${orderId}?saved=${kind}`);
      router.refresh();
    },
  });
  // Each form's fields get ids of their own: several forms share the page.
  const id = (name: string) => `${kind}-${name}`;
  const withIds = errors.map((e) => ({ ...e, href: e.href.replace(/^#(?!main-content)/, `#${kind}-`) }));
  return (
    <form onSubmit={submit} noValidate aria-label={buttonOf[kind]}>
      <ErrorSummary errors={withIds} />
      <DateInput id={id('on')} legend="Date" legendSize="s" hint="The day it happened, for example 27 3 2026" {...dateErrorOf(form, 'on')} inputProps={(part) => form.register(`on.${part}`)} />
      {kind === 'varied' ? <Textarea id={id('conditions')} label="Conditions as varied" rows={4} error={errorOf('conditions')} {...form.register('conditions')} /> : null}
      {kind === 'made' || kind === 'varied' || kind === 'renewed' ? (
        <DateInput
          id={id('expiresOn')}
          legend={kind === 'renewed' ? 'New expiry date' : 'New expiry date (optional)'}
          legendSize="s"
          hint={kind === 'renewed' ? 'For example, 27 3 2027' : 'Leave blank to keep it as it is'}
          {...dateErrorOf(form, 'expiresOn')}
          inputProps={(part) => form.register(`expiresOn.${part}`)}
        />
      ) : null}
      <Textarea id={id('note')} label="Note (optional)" rows={2} error={errorOf('note')} {...form.register('note')} />
      <Button disabled={pending}>{buttonOf[kind]}</Button>
    </form>
  );
}
