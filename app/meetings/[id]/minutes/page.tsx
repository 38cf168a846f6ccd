import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getFinalMinutes } from '@/lib/meetings/finalise';
import { formatDate, formatDateTime } from '../../../_lib/format';
import { orRefuse } from '../../../_lib/guard';
import { BackLink } from '../../../ui/back-link';
import { Details } from '../../../ui/details';
import { PageHeading } from '../../../ui/page-heading';
import { SummaryList } from '../../../ui/summary-list';
import { Table, Td, Th, Tr } from '../../../ui/table';
import { minuteFieldLabels, minuteFields } from '@/lib/meetings/minute-fields';
import { recordedOutcome } from '@/lib/meetings/review-outcomes';
import { CorrectionForm } from './correction-form';

export const metadata: Metadata = { title: 'Minutes' };

const attendanceLabels: Record<string, string> = {
  present: 'Present',
  apologies_info_sent: 'Apologies, information sent',
  apologies_no_info: 'Apologies, no information sent',
};

/** Free text as typed, its line breaks kept. */
function Typed({ text }: { text: string | null | undefined }) {
  if (!text) return <span className="app-cell-secondary">Not recorded</span>;
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, i) => (
        <span key={i}>
          {line}
          {i < lines.length - 1 ? <br /> : null}
        </span>
      ))}
    </>
  );
}

export default async function MinutesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const { current: m, revision, revisions, versions, canCorrect } = await orRefuse(getFinalMinutes(viewer, id).catch((e) => (e?.name === 'InputRejected' ? notFound() : Promise.reject(e))));

  return (
    <>
      <BackLink href={`/meetings/${id}`}>The agenda</BackLink>
      <PageHeading caption={`${m.areaName} MARAC · revision ${revision}`}>Minutes of {formatDateTime(m.startsAt)}</PageHeading>
      <p className="govuk-body">
        <a className="govuk-link" href={`/meetings/${id}/minutes/pdf`}>
          Download the minutes (PDF)
        </a>
      </p>
      <SummaryList rows={[{ key: 'Venue', value: m.venue ?? 'Video call' }, { key: 'Chair', value: m.chairName ?? '—' }]} />
      <Table caption="Attendance" captionSize="m" head={<><Th>Agency</Th><Th>Attendance</Th><Th>Representative</Th></>}>
        {m.attendance.map((a) => (
          <Tr key={a.agencyName}>
            <Td>{a.agencyName}</Td>
            <Td>{attendanceLabels[a.status] ?? a.status}</Td>
            <Td>{a.representative ?? '—'}</Td>
          </Tr>
        ))}
      </Table>
      <Table caption="Confidentiality statement confirmed by" captionSize="m" head={<><Th>Name</Th><Th>Agency</Th><Th>When</Th></>}>
        {m.confirmations.map((c) => (
          <Tr key={`${c.name}-${c.confirmedAt}`}>
            <Td>{c.name}</Td>
            <Td>{c.agencyName}</Td>
            <Td>{formatDateTime(c.confirmedAt)}</Td>
          </Tr>
        ))}
      </Table>
      {m.reviewedActions.length ? (
        <>
          <h2 className="govuk-heading-m">Actions from the last meeting not completed</h2>
          <ul className="govuk-list govuk-list--bullet">
            {m.reviewedActions.map((a, i) => (
              <li key={i}>
                {a.caseNumber}: {a.description} ({a.agencyName}): {recordedOutcome(a.outcome)}
                {a.note ? `. ${a.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {m.cases.map((c) => (
        <section key={c.agendaItemId} aria-labelledby={`case-${c.agendaItemId}`} className="app-checklist-question">
          <h2 className="govuk-heading-m" id={`case-${c.agendaItemId}`}>
            <Link className="govuk-link" href={`/cases/${c.caseId}`}>
              {c.caseNumber}
            </Link>{' '}
            {c.victimName}
          </h2>
          <SummaryList rows={minuteFields.map((f) => ({ key: minuteFieldLabels[f], value: <Typed text={c.minutes[f]} /> }))} />
          <Table caption="Action plan" captionSize="s" head={<><Th>Action</Th><Th>Agency</Th><Th>Person</Th><Th>By</Th></>}>
            {c.actions.length === 0 ? (
              <Tr>
                <Td colSpan={4}>No actions agreed.</Td>
              </Tr>
            ) : (
              c.actions.map((a, i) => (
                <Tr key={i}>
                  <Td>{a.description}</Td>
                  <Td>{a.agencyName}</Td>
                  <Td>{a.ownerName}</Td>
                  <Td>{formatDate(a.dueOn)}</Td>
                </Tr>
              ))
            )}
          </Table>
          <p className="govuk-body">
            <a className="govuk-link" href={`/cases/${c.caseId}/action-plan`}>
              Download the action plan for {c.caseNumber} (PDF)
            </a>
          </p>
          {canCorrect ? (
            <Details summary={`Correct the minutes of ${c.caseNumber}`}>
              <CorrectionForm agendaItemId={c.agendaItemId} caseNumber={c.caseNumber} minutes={c.minutes} version={versions[c.agendaItemId] ?? 0} />
            </Details>
          ) : null}
        </section>
      ))}
      <h2 className="govuk-heading-m" id="revisions">
        Revisions
      </h2>
      {revisions.length === 1 ? <p className="govuk-body">These minutes have not been corrected since they were finalised.</p> : null}
      {revisions.map((r) => (
        <section key={r.revision} aria-labelledby={`revision-${r.revision}`} className="app-checklist-question">
          <h3 className="govuk-heading-s" id={`revision-${r.revision}`}>
            {r.reason ? `Revision ${r.revision}: a correction` : `Revision ${r.revision}: the minutes as finalised`}
          </h3>
          <SummaryList
            rows={[
              { key: r.reason ? 'Corrected by' : 'Finalised by', value: `${r.by}, ${r.byAgency}` },
              { key: 'When', value: formatDateTime(r.createdAt) },
              ...(r.reason ? [{ key: 'Why', value: <Typed text={r.reason} /> }] : []),
            ]}
          />
          {r.reason ? (
            r.changes.length ? (
              <Table caption={`What changed in revision ${r.revision}`} captionSize="s" head={<><Th>Case</Th><Th>Minute</Th><Th>Before</Th><Th>After</Th></>}>
                {r.changes.map((c) => (
                  <Tr key={`${c.agendaItemId}-${c.field}`}>
                    <Td>{c.caseNumber}</Td>
                    <Td>{c.label}</Td>
                    <Td>
                      <Typed text={c.before} />
                    </Td>
                    <Td>
                      <Typed text={c.after} />
                    </Td>
                  </Tr>
                ))}
              </Table>
            ) : (
              <p className="govuk-body">No wording of the minutes changed.</p>
            )
          ) : null}
        </section>
      ))}
    </>
  );
}
