import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { partsOf } from '@/lib/dates/date-parts';
import { getPreservationRequest } from '@/lib/preservation/requests';
import { deadlineFromSent, extendedDeadline } from '@/lib/preservation/status';
import { preservationStatusLabels } from '@/lib/stalking/labels';
import { formatDate, formatDateTime } from '../../../../_lib/format';
import { orRefuse } from '../../../../_lib/guard';
import { ActionButton } from '../../../../ui/action-button';
import { BackLink } from '../../../../ui/back-link';
import { NotificationBanner } from '../../../../ui/notification-banner';
import { PageHeading } from '../../../../ui/page-heading';
import { SummaryList } from '../../../../ui/summary-list';
import { extendPreservationAction } from '../actions';
import { DeadlineNearTag } from '../deadline-tag';
import { PreservationForm } from '../preservation-form';

export const metadata: Metadata = { title: 'Preservation request' };

const saved: Record<string, { title: string; body: string }> = {
  recorded: { title: 'Preservation request recorded', body: 'Update it when it is sent and when the platform answers.' },
  updated: { title: 'Changes saved', body: 'The request shows what you saved.' },
};

/** The deadline as the form shows it: blank when it is the one the rules give, so a new sending date moves it. */
function typedDeadline(r: { sentOn: string | null; deadlineOn: string | null; extendedOn: string | null }): string | null {
  if (!r.sentOn || !r.deadlineOn) return null;
  const byRule = r.extendedOn ? extendedDeadline(deadlineFromSent(r.sentOn)) : deadlineFromSent(r.sentOn);
  return r.deadlineOn === byRule ? null : r.deadlineOn;
}

export default async function PreservationRequestPage({ params, searchParams }: { params: Promise<{ id: string; requestId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id, requestId } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const banner = saved[(await searchParams).saved ?? ''];
  const viewer = await requireViewer();
  const { caseId, caseNumber, request: r, canUpdate, canExtend } = await orRefuse(getPreservationRequest(viewer, { caseId: id, requestId }));

  return (
    <>
      <BackLink href={`/cases/${caseId}/preservation`}>Data-preservation requests</BackLink>
      {banner ? (
        <NotificationBanner type="success" title={banner.title}>
          <p className="govuk-body">{banner.body}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={`Case ${caseNumber}`}>Preservation request to {r.platform}</PageHeading>
      <SummaryList
        rows={[
          { key: 'Status', value: preservationStatusLabels[r.status] },
          { key: 'Accounts', value: <span className="app-pre-line">{r.accountIdentifiers}</span> },
          { key: 'What to preserve', value: <span className="app-pre-line">{r.whatToPreserve}</span> },
          { key: 'Requested', value: `${formatDateTime(r.createdAt)} by ${r.requestedByName}, ${r.requestedAgencyName}` },
          { key: 'Sent', value: r.sentOn ? formatDate(r.sentOn) : 'Not sent yet' },
          { key: 'Platform’s reference', value: r.platformReference ?? '—' },
          {
            key: 'Deadline',
            value: (
              <>
                {r.deadlineOn ? formatDate(r.deadlineOn) : '90 days after it is sent'}
                {r.extendedOn ? ` (extended on ${formatDate(r.extendedOn)})` : ''} {r.deadlineNear ? <DeadlineNearTag /> : null}
              </>
            ),
          },
        ]}
      />
      {canExtend ? (
        <>
          <p className="govuk-body">The platform can be asked once to keep the data 90 days longer.</p>
          <ActionButton action={extendPreservationAction} payload={{ caseId, requestId: r.id, version: String(r.version) }} label="Record the 90-day extension" />
        </>
      ) : null}
      {canUpdate ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-l">Update the request</h2>
            <PreservationForm
              caseId={caseId}
              update={{ requestId: r.id, version: r.version, status: r.status }}
              values={{
                platform: r.platform,
                accountIdentifiers: r.accountIdentifiers,
                whatToPreserve: r.whatToPreserve,
                status: r.status,
                sentOn: partsOf(r.sentOn),
                platformReference: r.platformReference ?? '',
                deadlineOn: partsOf(typedDeadline(r)),
              }}
            />
          </div>
        </div>
      ) : null}
    </>
  );
}
