import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listIncidents, LOG_PAGE_SIZE } from '@/lib/incidents/log';
import { incidentChannelLabels, stalkingBehaviourLabels } from '@/lib/stalking/labels';
import { formatDateTime, formatOccurred } from '../../../_lib/format';
import { orRefuse } from '../../../_lib/guard';
import { BackLink } from '../../../ui/back-link';
import { ButtonLink } from '../../../ui/button';
import { PageHeading } from '../../../ui/page-heading';
import { Pagination, ResultsCount } from '../../../ui/pagination';
import { Tag } from '../../../ui/tag';
import { RecordingReviewPrompt } from '../recording/recording-section';

export const metadata: Metadata = { title: 'Incidents and evidence' };

/** A case's incident and evidence log: numbered entries in the order things happened. */
export default async function IncidentLogPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const { page } = await searchParams;
  const viewer = await requireViewer();
  const log = await orRefuse(listIncidents(viewer, { caseId: id, page }));
  const from = (log.page - 1) * LOG_PAGE_SIZE + 1;

  return (
    <>
      <BackLink href={`/cases/${log.caseId}`}>Case {log.caseNumber}</BackLink>
      <PageHeading caption={`Case ${log.caseNumber}`}>Incidents and evidence</PageHeading>
      <RecordingReviewPrompt viewer={viewer} caseId={log.caseId} />
      <p className="govuk-body">
        Each entry is numbered in the order it was logged and listed in the order it happened. Entries are never changed: a correction is a new version, and a
        withdrawn entry stays, marked.
      </p>
      <div className="govuk-button-group">
        {log.canRecord ? <ButtonLink href={`/cases/${log.caseId}/incidents/new`}>Record an incident</ButtonLink> : null}
        {log.total > 0 ? (
          <>
            <ButtonLink variant="secondary" href={`/cases/${log.caseId}/incidents/pattern`}>
              See the course of conduct
            </ButtonLink>
            <ButtonLink variant="secondary" href={`/cases/${log.caseId}/incidents/export`}>
              Export the log
            </ButtonLink>
          </>
        ) : null}
      </div>
      {log.total === 0 ? (
        <p className="govuk-body">No incidents logged yet.</p>
      ) : (
        <>
          <ResultsCount from={from} to={from + log.entries.length - 1} total={log.total} noun="entries" />
          <ol className="app-incident-log" aria-label="Incident log">
            {log.entries.map((e) => (
              <li key={e.number} className="app-incident-log__entry">
                <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                  <Link className="govuk-link" href={`/cases/${log.caseId}/incidents/${e.number}`}>
                    Entry {e.number}: {formatOccurred(e.current)}
                  </Link>{' '}
                  {e.withdrawn ? <Tag colour="grey">Withdrawn</Tag> : null}
                  {e.versions > 1 ? <Tag colour="yellow">Corrected</Tag> : null}
                </h2>
                <p className="govuk-body govuk-!-margin-bottom-1">
                  <strong>{incidentChannelLabels[e.current.channel]}</strong>
                  {e.current.platform ? `, ${e.current.platform}` : ''}
                  {e.current.account ? ` (${e.current.account})` : ''}
                </p>
                <p className="govuk-body govuk-!-margin-bottom-1 app-pre-line">{e.current.summary}</p>
                {e.current.behaviours.length ? (
                  <ul className="app-tag-list app-incident-log__tags" aria-label="Behaviours">
                    {e.current.behaviours.map((b) => (
                      <li key={b}>
                        <Tag colour="blue">{stalkingBehaviourLabels[b]}</Tag>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  {e.attachments === 1 ? '1 file' : `${e.attachments} files`} · {e.versions > 1 ? `Corrected` : `Recorded`} {formatDateTime(e.current.recordedAt)} by {e.current.recordedByName}, {e.current.recordedAgencyName}
                  {e.withdrawn ? ` · Withdrawn ${formatDateTime(e.withdrawn.at)} by ${e.withdrawn.byName}: ${e.withdrawn.reason}` : ''}
                </p>
              </li>
            ))}
          </ol>
          <Pagination page={log.page} pageCount={log.pageCount} baseHref={`/cases/${log.caseId}/incidents`} label="Pages of the incident log" />
        </>
      )}
    </>
  );
}
