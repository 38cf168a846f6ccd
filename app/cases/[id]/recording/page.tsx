import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getCrimeRecording } from '@/lib/crime-recording/recording';
import { crimeRecordingLabels } from '@/lib/stalking/labels';
import { formatDateTime } from '../../../_lib/format';
import { orRefuse } from '../../../_lib/guard';
import { BackLink } from '../../../ui/back-link';
import { Details } from '../../../ui/details';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { SummaryList } from '../../../ui/summary-list';
import { Table, Td, Th, Tr } from '../../../ui/table';
import { RecordCrimeForm, ReviewRecordingForm } from './recording-forms';
import { ReviewPrompt } from './review-prompt';

export const metadata: Metadata = { title: 'How the crime is recorded' };

const saved: Record<string, string> = { recorded: 'Recording saved', reviewed: 'Review saved' };

/** How the police recorded the crime on a case: in force, its history, the reviews; the police change it here. */
export default async function RecordingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const query = await searchParams;
  const viewer = await requireViewer();
  const recording = await orRefuse(getCrimeRecording(viewer, id));
  const current = recording.revisions[0];
  const banner = query.saved ? saved[query.saved] : undefined;

  return (
    <>
      <BackLink href={`/cases/${recording.caseId}`}>Case {recording.caseNumber}</BackLink>
      {banner ? <NotificationBanner type="success">{banner}</NotificationBanner> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={`Case ${recording.caseNumber}`}>How the crime is recorded</PageHeading>
          <ReviewPrompt recording={recording} />
          <SummaryList
            rows={[
              { key: 'Recorded as', value: crimeRecordingLabels[recording.recording] },
              { key: 'Crime reference', value: current?.crimeReference ?? '—' },
              { key: 'Recorded', value: current ? `${formatDateTime(current.recordedAt)} by ${current.recordedByName}, ${current.recordedAgencyName}` : '—' },
              ...(current?.note ? [{ key: 'Note', value: <span className="app-pre-line">{current.note}</span> }] : []),
            ]}
          />
          {recording.reviewDue ? (
            <section aria-labelledby="review">
              <h2 className="govuk-heading-m" id="review">
                Review the recording
              </h2>
              <p className="govuk-body">Say whether you changed the recording or kept it, and why. The prompt comes back if new incidents are logged.</p>
              <ReviewRecordingForm caseId={recording.caseId} revision={recording.revision} />
            </section>
          ) : recording.canRecord ? (
            <Details summary="Change the recording">
              <RecordCrimeForm caseId={recording.caseId} revision={recording.revision} />
            </Details>
          ) : null}
        </div>
      </div>
      <h2 className="govuk-heading-m">History</h2>
      {recording.revisions.length ? (
        <Table
          caption="Recordings, newest first"
          head={
            <>
              <Th>Recorded as</Th>
              <Th>Crime reference</Th>
              <Th>Note</Th>
              <Th>When and by whom</Th>
            </>
          }
        >
          {recording.revisions.map((r) => (
            <Tr key={r.revision}>
              <Td>{crimeRecordingLabels[r.recording]}</Td>
              <Td>{r.crimeReference ?? '—'}</Td>
              <Td className="app-pre-line">{r.note ?? '—'}</Td>
              <Td>
                {formatDateTime(r.recordedAt)}, {r.recordedByName}, {r.recordedAgencyName}
              </Td>
            </Tr>
          ))}
        </Table>
      ) : (
        <p className="govuk-body">Not yet recorded by the police.</p>
      )}
      {recording.reviews.length ? (
        <Table
          caption="Reviews, newest first"
          head={
            <>
              <Th>Decision</Th>
              <Th>Reason</Th>
              <Th numeric>Entries up to</Th>
              <Th>When and by whom</Th>
            </>
          }
        >
          {recording.reviews.map((r) => (
            <Tr key={`${r.reviewedAt.toISOString()}-${r.incidentsUpTo}`}>
              <Td>{r.answer === 'changed' ? 'Changed' : 'Kept'}</Td>
              <Td className="app-pre-line">{r.reason ?? '—'}</Td>
              <Td numeric>{r.incidentsUpTo}</Td>
              <Td>
                {formatDateTime(r.reviewedAt)}, {r.reviewedByName}, {r.reviewedAgencyName}
              </Td>
            </Tr>
          ))}
        </Table>
      ) : null}
    </>
  );
}
