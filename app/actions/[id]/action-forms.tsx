'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionItemStatus } from '@/db/schema/action-items';
import { actionStatusLabels, reassignActionSchema, updateActionSchema } from '@/lib/action-items/schemas';
import { useServerForm } from '../../_lib/use-server-form';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { NotificationBanner } from '../../ui/notification-banner';
import { Radios } from '../../ui/radios';
import { Select, type SelectOption } from '../../ui/select';
import { TextInput } from '../../ui/text-input';
import { Textarea } from '../../ui/textarea';
import { reassignActionItemAction, updateActionItemAction } from '../actions';

/** A status update with its dated note; completion asks what was done. Someone else's newer update is not overwritten. */
export function UpdateForm({ actionItemId, version, status }: { actionItemId: string; version: number; status: ActionItemStatus }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, submit, errors, errorOf, pending } = useServerForm({
    schema: updateActionSchema,
    defaultValues: { actionItemId, version, status, note: '' },
    action: updateActionItemAction,
    onSuccess: (data) => {
      form.reset({ actionItemId, version: data.version, status: form.getValues('status'), note: '' });
      setSaved(true);
      router.refresh();
    },
  });
  const chosen = form.watch('status');
  return (
    <form onSubmit={submit} noValidate aria-label="Update this action">
      <h2 className="govuk-heading-m">Update this action</h2>
      {saved ? (
        <NotificationBanner type="success" title="Update saved">
          <p className="govuk-body">The update is in the action’s history.</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors} />
      <Radios id="status" legend="Status" legendSize="s" items={Object.entries(actionStatusLabels).map(([value, label]) => ({ value, label }))} error={errorOf('status')} inputProps={form.register('status')} />
      <Textarea id="note" label={chosen === 'completed' ? 'What was done' : 'Update note'} hint="Dated and kept in the history; the coordinator sees it" rows={3} error={errorOf('note')} {...form.register('note')} />
      <Button disabled={pending}>Save update</Button>
    </form>
  );
}

export function ReassignForm({ actionItemId, version, ownerName, ownerAgencyId, agencies }: { actionItemId: string; version: number; ownerName: string; ownerAgencyId: string; agencies: SelectOption[] }) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    schema: reassignActionSchema,
    defaultValues: { actionItemId, version, ownerName, ownerAgencyId, note: '' },
    action: reassignActionItemAction,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Reassign this action">
      <ErrorSummary errors={errors.map((e) => (e.href === '#note' ? { ...e, href: '#reassignNote' } : e))} />
      <Select id="ownerAgencyId" label="Agency" hint={agencies.length === 1 ? 'Only the coordinator can give an action to another agency' : undefined} options={agencies} error={errorOf('ownerAgencyId')} {...form.register('ownerAgencyId')} />
      <TextInput id="ownerName" label="Person" error={errorOf('ownerName')} {...form.register('ownerName')} />
      <Textarea id="reassignNote" label="Why is it reassigned?" rows={2} error={errorOf('note')} {...form.register('note')} />
      <Button variant="secondary" disabled={pending}>
        Reassign
      </Button>
    </form>
  );
}
