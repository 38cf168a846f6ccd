'use client';

import { Link } from '@/app/ui/link';
import { useRouter } from 'next/navigation';
import type { ReferralDetail } from '@/lib/referrals/get';
import { formatDate } from '../../_lib/format';
import { useServerForm } from '../../_lib/use-server-form';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { Radios } from '../../ui/radios';
import { Table, Td, Th, Tr } from '../../ui/table';
import { Tag } from '../../ui/tag';
import { Textarea } from '../../ui/textarea';
import { screenReferralAction } from '../actions';

type Values = { referralId: string; version: number; decision: 'accept' | 'return' | 'decline'; note: string; matches: Record<string, 'confirmed' | 'rejected'> };

/** The coordinator's screening: each possible earlier case confirmed or rejected, then the decision. */
export function ScreeningForm({ referral }: { referral: ReferralDetail }) {
  const router = useRouter();
  const matches = referral.matches ?? [];
  const { form, submit, errors, errorOf, pending } = useServerForm<Values, unknown>({
    defaultValues: { referralId: referral.id, version: referral.version, note: '', matches: {} } as Values,
    action: screenReferralAction as never,
    onSuccess: () => router.refresh(),
  });
  const decision = form.watch('decision');

  return (
    <form onSubmit={submit} noValidate className="app-screening">
      <h2 className="govuk-heading-l">Screen this referral</h2>
      <ErrorSummary errors={errors} />
      {matches.length ? (
        <>
          <h3 className="govuk-heading-m">Possible earlier cases</h3>
          <p className="govuk-body">
            Found by name (with aliases and small spelling differences) and date of birth. A confirmed match with a case heard at a MARAC in the last 12
            months makes this a repeat; a confirmed match of the victim adds this referral to that case.
          </p>
          <Table
            caption="Possible earlier cases of the same people"
            captionSize="s"
            head={
              <>
                <Th>Matched on</Th>
                <Th>Case</Th>
                <Th>Victim</Th>
                <Th>Perpetrator</Th>
                <Th>Last MARAC</Th>
              </>
            }
          >
            {matches.map((m) => (
              <Tr key={m.id}>
                <Td>{m.kind === 'victim' ? 'Victim' : 'Perpetrator'}</Td>
                <Td>
                  <Link className="govuk-link" href={`/cases/${m.caseId}`}>
                    {m.caseNumber}
                  </Link>
                </Td>
                <Td>
                  {m.victimName}
                  <span className="app-cell-secondary">{m.victimDob ? `born ${formatDate(m.victimDob)}` : 'date of birth not known'}</span>
                </Td>
                <Td>{m.perpetratorName}</Td>
                <Td>
                  {m.lastMaracOn ? formatDate(m.lastMaracOn) : 'Not yet heard'}
                  {m.withinTwelveMonths ? <Tag colour="purple">Within 12 months</Tag> : null}
                </Td>
              </Tr>
            ))}
          </Table>
          {matches.map((m) => (
            <Radios
              key={m.id}
              id={`matches.${m.id}`}
              legend={`Is this the same ${m.kind} as in case ${m.caseNumber}?`}
              legendSize="s"
              inline
              small
              defaultValue={m.decision === 'pending' ? undefined : m.decision}
              items={[
                { value: 'confirmed', label: 'Yes, the same person' },
                { value: 'rejected', label: 'No, a different person' },
              ]}
              error={errorOf(`matches.${m.id}`)}
              inputProps={form.register(`matches.${m.id}`)}
            />
          ))}
        </>
      ) : (
        <p className="govuk-body">No earlier cases of this victim or perpetrator were found in this area.</p>
      )}
      <Radios
        id="decision"
        legend="Your decision"
        legendSize="m"
        items={[
          { value: 'accept', label: 'Accept', hint: 'The case goes on the list for the next meeting' },
          { value: 'return', label: 'Return to the referrer with a question' },
          { value: 'decline', label: 'Decline', hint: 'Give the reason: the referrer sees it' },
        ]}
        error={errorOf('decision')}
        inputProps={form.register('decision')}
      />
      <Textarea
        id="note"
        label={decision === 'return' ? 'Your question for the referrer' : decision === 'decline' ? 'Reason for declining' : 'Note (optional)'}
        error={errorOf('note')}
        {...form.register('note')}
      />
      <Button disabled={pending}>Record decision</Button>
    </form>
  );
}
