import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listOwnerChoices } from '@/lib/action-items/owner';
import { getMeetingCase, getMeetingRun } from '@/lib/meetings/run';
import { getConductSummaries } from '@/lib/stalking/summary';
import { formatDate } from '../../../../_lib/format';
import { orRefuse } from '../../../../_lib/guard';
import { BackLink } from '../../../../ui/back-link';
import { PageHeading } from '../../../../ui/page-heading';
import { SummaryList } from '../../../../ui/summary-list';
import { Table, Td, Th, Tr } from '../../../../ui/table';
import { CriteriaTags } from '../../../../referrals/status-tag';
import { ActionItemForm, CaseTimer, MinutesForm } from './case-forms';
import { ResearchEntry } from '../../../research-entry';
import { ConductSummaryLine } from '../../../conduct-summary';

export const metadata: Metadata = { title: 'Case at the meeting' };

export default async function MeetingCasePage({ params }: { params: Promise<{ id: string; itemId: string }> }) {
  const { id, itemId } = await params;
  if (!z.uuid().safeParse(id).success || !z.uuid().safeParse(itemId).success) notFound();
  const viewer = await requireViewer();
  const view = await orRefuse(getMeetingCase(viewer, itemId));
  if (view.meetingId !== id) notFound();
  const run = await orRefuse(getMeetingRun(viewer, id));
  const index = run.items.findIndex((i) => i.id === itemId);
  const previous = run.items[index - 1];
  const next = run.items[index + 1];
  const conduct = (await orRefuse(getConductSummaries(viewer, [view.caseId]))).get(view.caseId);
  const owners = view.editable ? (await orRefuse(listOwnerChoices(viewer))).filter((a) => a.active) : [];

  return (
    <>
      <BackLink href={`/meetings/${id}/run`}>The meeting</BackLink>
      <PageHeading caption={`Case ${index + 1} of ${run.items.length} · ${view.caseNumber}`}>{view.victimName ?? view.caseNumber}</PageHeading>
      {view.editable ? <CaseTimer key={itemId} allowanceMinutes={run.meeting.minutesPerCase} /> : null}
      <nav aria-label="Cases" className="govuk-button-group">
        {previous ? (
          <Link className="govuk-link" href={`/meetings/${id}/run/${previous.id}`}>
            Previous case: {previous.caseNumber}
          </Link>
        ) : null}
        {next ? (
          <Link className="govuk-link" href={`/meetings/${id}/run/${next.id}`}>
            Next case: {next.caseNumber}
          </Link>
        ) : null}
      </nav>

      <h2 className="govuk-heading-m">The referral</h2>
      <SummaryList
        rows={[
          { key: 'Risk checklist', value: `${view.scores.risk} “yes”${view.scores.stalking ? `; stalking screen ${view.scores.stalking} “yes”` : ''}` },
          { key: 'Criteria met', value: view.criteria ? <CriteriaTags criteria={view.criteria} /> : '—' },
          { key: 'Perpetrator', value: view.perpetratorName ?? '—' },
          { key: 'Children in the household', value: String(view.children) },
          { key: 'What the victim wants', value: view.victimWishes ?? '—' },
          { key: 'Asked of the MARAC', value: view.requestOfMarac ?? '—' },
        ]}
      />
      <p className="govuk-body">
        <Link className="govuk-link" href={`/cases/${view.caseId}`}>
          Open the full case record
        </Link>
      </p>

      {conduct ? (
        <>
          <h2 className="govuk-heading-m">Course of conduct</h2>
          <ConductSummaryLine summary={conduct} className="govuk-body" />
          <p className="govuk-body">
            <Link className="govuk-link" href={`/cases/${view.caseId}/incidents/pattern`}>
              See the pattern of the incident log
            </Link>
          </p>
        </>
      ) : null}

      <h2 className="govuk-heading-m">Research ({view.research.length === 1 ? '1 agency' : `${view.research.length} agencies`})</h2>
      {view.research.length === 0 ? <p className="govuk-body">No agency recorded research.</p> : null}
      {view.research.map((r) => (
        <ResearchEntry key={r.agencyName} entry={r} label={`Research: ${r.agencyName}`} />
      ))}

      <h2 className="govuk-heading-m">Open actions from earlier meetings</h2>
      {view.openActions.length === 0 ? (
        <p className="govuk-body">None.</p>
      ) : (
        <Table caption="Open actions" captionSize="s" head={<><Th>Action</Th><Th>Agency</Th><Th>Person</Th><Th>Due</Th></>}>
          {view.openActions.map((a) => (
            <Tr key={a.id}>
              <Td>{a.description}</Td>
              <Td>{a.agencyName}</Td>
              <Td>{a.ownerName}</Td>
              <Td>{formatDate(a.dueOn)}</Td>
            </Tr>
          ))}
        </Table>
      )}

      <h2 className="govuk-heading-l">Minutes</h2>
      <MinutesForm agendaItemId={itemId} minutes={view.minutes} lastSaved={view.minutesSaved} editable={view.editable} />

      <h2 className="govuk-heading-l">Action plan</h2>
      <Table caption={`Actions agreed at this meeting (${view.agreedHere.length})`} captionSize="s" head={<><Th>Action</Th><Th>Agency</Th><Th>Person</Th><Th>By</Th></>}>
        {view.agreedHere.length === 0 ? (
          <Tr>
            <Td colSpan={4}>None yet.</Td>
          </Tr>
        ) : (
          view.agreedHere.map((a) => (
            <Tr key={a.id}>
              <Td>{a.description}</Td>
              <Td>{a.agencyName}</Td>
              <Td>{a.ownerName}</Td>
              <Td>{formatDate(a.dueOn)}</Td>
            </Tr>
          ))
        )}
      </Table>
      {view.editable ? <ActionItemForm agendaItemId={itemId} owners={owners} /> : null}
    </>
  );
}
