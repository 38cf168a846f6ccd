'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { ActionItemStatus } from '@/db/enums';
import type { OwnerChoice } from '@/lib/action-items/owner';
import { actionStatusLabels, withoutAccount } from '@/lib/action-items/labels';
import { mayFollow } from '@/lib/action-items/status';
import { useServerForm } from '../../_lib/use-server-form';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { NotificationBanner } from '../../ui/notification-banner';
import { Radios } from '../../ui/radios';
import { Textarea } from '../../ui/textarea';
import { reassignActionItemAction, updateActionItemAction } from '../actions';
import { OwnerFields } from '../owner-fields';

/** A status update with its dated note; completion asks what was done. Someone else's newer update is not overwritten. */
export function UpdateForm({ actionItemId, version, status }: { actionItemId: string; version: number; status: ActionItemStatus }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { actionItemId, version, status: mayFollow(status, status) ? status : undefined, note: '' },
    action: updateActionItemAction,
    onSuccess: (data) => {
      // A completed action can no longer be updated, so this form goes: its page says it was saved.
      if (form.getValues('status') === 'completed') return router.replace(`/action-items/${actionItemId}?saved=completed`);
      form.reset({ actionItemId, version: data.version, status: form.getValues('status'), note: '' });
      setSaved(true);
      router.refresh();
    },
  });
  // Another change to the action (a reassignment) comes back with the page's refresh: save from its version.
  useEffect(() => form.setValue('version', version), [form, version]);
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
      <Radios id="status" legend="Status" legendSize="s" items={(Object.keys(actionStatusLabels) as ActionItemStatus[]).filter((next) => mayFollow(status, next)).map((value) => ({ value, label: actionStatusLabels[value] }))} error={errorOf('status')} inputProps={form.register('status')} />
      <Textarea id="note" label={chosen === 'completed' ? 'What was done' : 'Update note'} hint="Dated and kept in the history; the coordinator sees it" rows={3} error={errorOf('note')} {...form.register('note')} />
      <Button disabled={pending}>Save update</Button>
    </form>
  );
}

/** Gives the action to another of the agency's people (or, for the coordinator, to another agency's), with why. */
export function ReassignForm({ actionItemId, version, ownerAgencyId, ownerUserId, ownerName, owners }: { actionItemId: string; version: number; ownerAgencyId: string; ownerUserId: string | null; ownerName: string; owners: OwnerChoice[] }) {
  const router = useRouter();
  const current = { actionItemId, version, ownerAgencyId, ownerUserId: ownerUserId ?? withoutAccount, ownerName: ownerUserId ? '' : ownerName, note: '' };
  const [saved, setSaved] = useState(false);
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: current,
    action: reassignActionItemAction,
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  // The page's new version and owner come back with the refresh: start from them.
  useEffect(() => {
    form.reset(current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);
  return (
    <form onSubmit={submit} noValidate aria-label="Reassign this action">
      {saved ? (
        <NotificationBanner type="success" title="Action reassigned">
          <p className="govuk-body">The change is in the action’s history.</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors.map((e) => (e.href === '#note' ? { ...e, href: '#reassignNote' } : e))} />
      <OwnerFields form={form} choices={owners} errorOf={errorOf} agencyHint={owners.length === 1 ? 'Only the coordinator can give an action to another agency' : undefined} />
      <Textarea id="reassignNote" label="Why is it reassigned?" rows={2} error={errorOf('note')} {...form.register('note')} />
      <Button variant="secondary" disabled={pending}>
        Reassign
      </Button>
    </form>
  );
}
