'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { MeetingRunView } from '@/lib/meetings/run';
import { reviewOutcomeLabels, type ReviewOutcome } from '@/lib/meetings/review-outcomes';
import { useServerForm } from '../../../_lib/use-server-form';
import { Button } from '../../../ui/button';
import { ErrorSummary } from '../../../ui/error-summary';
import { NotificationBanner } from '../../../ui/notification-banner';
import { Radios } from '../../../ui/radios';
import { Select } from '../../../ui/select';
import { Table, Td, Th, Tr } from '../../../ui/table';
import { TextInput } from '../../../ui/text-input';
import { recordAttendanceAction, reviewActionAction } from '../../actions';

const statusOptions = [
  { value: 'present', label: 'Present' },
  { value: 'apologies_info_sent', label: 'Apologies, information sent' },
  { value: 'apologies_no_info', label: 'Apologies, no information sent' },
];

type RegisterValues = { meetingId: string; entries: { agencyId: string; status: string; representative: string }[] };

/** The register by agency: present, or apologies with or without information sent. */
export function RegisterForm({ meetingId, register }: { meetingId: string; register: MeetingRunView['register'] }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, submit, errors, errorOf, pending } = useServerForm<RegisterValues, unknown>({
    defaultValues: { meetingId, entries: register.map((r) => ({ agencyId: r.agencyId, status: r.status ?? '', representative: r.representative ?? '' })) },
    action: recordAttendanceAction as never,
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Register">
      {saved ? (
        <NotificationBanner type="success" title="Register saved">
          <p className="govuk-body">The register is saved.</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors} />
      <Table caption="Agencies of the area" captionSize="s" head={<><Th>Agency</Th><Th>Attendance</Th><Th>Representative</Th></>}>
        {register.map((r, i) => (
          <Tr key={r.agencyId}>
            <Td>{r.agencyName}</Td>
            <Td>
              <input type="hidden" {...form.register(`entries.${i}.agencyId`)} />
              <Select id={`entries.${i}.status`} label={<span className="govuk-visually-hidden">Attendance of {r.agencyName}</span>} emptyOption="Not recorded" options={statusOptions} error={errorOf(`entries.${i}.status`)} formGroupClassName="govuk-!-margin-bottom-0" {...form.register(`entries.${i}.status`)} />
            </Td>
            <Td>
              <TextInput id={`entries.${i}.representative`} label={<span className="govuk-visually-hidden">Representative of {r.agencyName}</span>} formGroupClassName="govuk-!-margin-bottom-0" {...form.register(`entries.${i}.representative`)} />
            </Td>
          </Tr>
        ))}
      </Table>
      <Button variant="secondary" disabled={pending}>
        Save the register
      </Button>
    </form>
  );
}

/** Where an action from the last meeting stands: the choices fit whether it is due yet. */
export function ReviewActionForm({
  meetingId,
  actionItemId,
  caseNumber,
  description,
  outcomes,
}: {
  meetingId: string;
  actionItemId: string;
  caseNumber: string;
  description: string;
  outcomes: ReviewOutcome[];
}) {
  const router = useRouter();
  const { form, submit, errors, errorOf, pending } = useServerForm({
    defaultValues: { meetingId, actionItemId, outcome: undefined, note: '' },
    action: reviewActionAction,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={submit} noValidate aria-label={`Where does the action on case ${caseNumber} stand: ${description}`}>
      <ErrorSummary errors={errors.map((e) => (e.href === '#outcome' ? { ...e, href: `#outcome-${actionItemId}` } : e))} />
      <Radios
        id={`outcome-${actionItemId}`}
        legend="Where does it stand?"
        legendSize="s"
        small
        items={outcomes.map((value) => ({ value, label: reviewOutcomeLabels[value] }))}
        error={errorOf('outcome')}
        inputProps={form.register('outcome')}
      />
      <TextInput id={`note-${actionItemId}`} label="Note (optional)" {...form.register('note')} />
      <Button variant="secondary" disabled={pending}>
        Record
      </Button>
    </form>
  );
}
