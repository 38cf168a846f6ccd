import type { Metadata } from 'next';
import Link from 'next/link';
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
import { minutesLabels } from '../run/[itemId]/case-forms';
import { CorrectionForm } from './correction-form';

export const metadata: Metadata = { title: 'Minutes' };

const attendanceLabels: Record<string, string> = {
  present: 'Present',
  apologies_info_sent: 'Apologies, information sent',
  apologies_no_info: 'Apologies, no information sent',
};

export default async function MinutesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const { current: m, revision, revisions, versions } = await orRefuse(getFinalMinutes(viewer, id).catch((e) => (e?.name === 'InputRejected' ? notFound() : Promise.reject(e))));

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
                {a.caseNumber}: {a.description} ({a.agencyName}): {a.outcome === 'not_possible' ? 'not possible, circumstances changed' : 'not done by the agency'}
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
          <SummaryList rows={Object.entries(minutesLabels).map(([key, label]) => ({ key: label, value: c.minutes[key] ?? '—' }))} />
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
          {viewer.role === 'coordinator' ? (
            <Details summary={`Correct the minutes of ${c.caseNumber}`}>
              <CorrectionForm agendaItemId={c.agendaItemId} caseNumber={c.caseNumber} minutes={c.minutes} version={versions[c.agendaItemId] ?? 0} />
            </Details>
          ) : null}
        </section>
      ))}
      <h2 className="govuk-heading-m">Revisions</h2>
      <Table caption="Revisions of these minutes" captionSize="s" head={<><Th>Revision</Th><Th>When</Th><Th>By</Th><Th>Why</Th></>}>
        {revisions.map((r) => (
          <Tr key={r.revision}>
            <Td>{r.revision}</Td>
            <Td>{formatDateTime(r.createdAt)}</Td>
            <Td>{r.by}</Td>
            <Td>{r.reason ?? 'Finalised'}</Td>
          </Tr>
        ))}
      </Table>
    </>
  );
}
