'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ResearchView } from '@/lib/meetings/research';
import { useServerForm } from '../../../../_lib/use-server-form';
import { Button } from '../../../../ui/button';
import { ErrorSummary } from '../../../../ui/error-summary';
import { NotificationBanner } from '../../../../ui/notification-banner';
import { Radios } from '../../../../ui/radios';
import { Textarea } from '../../../../ui/textarea';
import { saveResearchAction } from '../../../actions';

export function ResearchForm({ agendaItemId, mine }: { agendaItemId: string; mine: ResearchView['mine'] }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: {
      agendaItemId,
      version: mine.version,
      noTrace: mine.version === 0 ? undefined : mine.noTrace ? 'yes' : 'no',
      facts: mine.facts,
      opinion: mine.opinion,
      risks: mine.risks,
      withheld: mine.withheld,
    },
    action: saveResearchAction,
    onSuccess: (data) => {
      form.setValue('version', data.version);
      setSaved(true);
      router.refresh();
    },
  });
  const noTrace = form.watch('noTrace');
  return (
    <form onSubmit={submit} noValidate>
      {saved ? (
        <NotificationBanner type="success" title="Saved">
          <p className="govuk-body">Your agency’s research is saved. The coordinator and chair can see it.</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors} />
      <input type="hidden" {...form.register('agendaItemId')} />
      <input type="hidden" {...form.register('version')} />
      <Radios
        id="noTrace"
        legend="Does your agency hold anything on the victim, the perpetrator or the children?"
        legendSize="s"
        items={[
          { value: 'no', label: 'Yes, we hold information' },
          { value: 'yes', label: 'No trace: we hold nothing' },
        ]}
        error={errorOf('noTrace')}
        inputProps={form.register('noTrace')}
      />
      {noTrace !== 'yes' ? (
        <>
          <Textarea id="facts" label="Facts" hint="What your records show: dates, events, who. Current and in proportion." error={errorOf('facts')} {...form.register('facts')} />
          <Textarea id="opinion" label="Your assessment (optional)" hint="Professional opinion, kept apart from the facts" error={errorOf('opinion')} {...form.register('opinion')} />
          <Textarea id="risks" label="Risks you see (optional)" hint="To the victim, the children, others or staff" error={errorOf('risks')} {...form.register('risks')} />
        </>
      ) : null}
      <Textarea id="withheld" label="Anything you hold back, and why (optional)" hint="For example an ongoing investigation" rows={2} error={errorOf('withheld')} {...form.register('withheld')} />
      <Button disabled={pending}>Save research</Button>
    </form>
  );
}
