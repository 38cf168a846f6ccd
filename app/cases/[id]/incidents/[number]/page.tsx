import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ukDateOf } from '@/db/clock';
import { requireViewer } from '@/lib/auth/current-viewer';
import { partsOf } from '@/lib/dates/date-parts';
import { getIncident, type EntryVersion } from '@/lib/incidents/log';
import { getSettings } from '@/lib/settings';
import { incidentChannelLabels, protectiveOrderTypeLabels, stalkingBehaviourLabels } from '@/lib/stalking/labels';
import { UPLOAD_REFUSAL_COOKIE } from '../../../../_lib/evidence-http';
import { formatDateTime, formatFileSize, formatOccurred } from '../../../../_lib/format';
import { orRefuse } from '../../../../_lib/guard';
import { BackLink } from '../../../../ui/back-link';
import { Button } from '../../../../ui/button';
import { Details } from '../../../../ui/details';
import { ErrorSummary } from '../../../../ui/error-summary';
import { FileUpload } from '../../../../ui/file-upload';
import { NotificationBanner } from '../../../../ui/notification-banner';
import { PageHeading } from '../../../../ui/page-heading';
import { SummaryList } from '../../../../ui/summary-list';
import { Table, Td, Th, Tr } from '../../../../ui/table';
import { Timeline } from '../../../../ui/timeline';
import { WarningText } from '../../../../ui/warning-text';
import { IncidentForm, PasteTextForm, WithdrawForm, type EntryValues } from '../incident-form';

export const metadata: Metadata = { title: 'Incident' };

const saved: Record<string, { title: string; body: string }> = {
  recorded: { title: 'Incident recorded', body: 'It is in the case’s log. Add screenshots or other files below.' },
  corrected: { title: 'Correction saved', body: 'The entry now says what you corrected; the earlier version is kept below.' },
  withdrawn: { title: 'Entry withdrawn', body: 'It stays in the log, marked withdrawn, with your reason.' },
};

const ukTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' });

/** What the correction form starts from: the current version, as its fields hold it. */
function valuesOf(v: EntryVersion): EntryValues {
  return {
    occurredPrecision: v.occurredPrecision,
    occurredOn: partsOf(ukDateOf(v.occurredAt)),
    occurredTime: v.occurredPrecision === 'exact' ? ukTime.format(v.occurredAt) : '',
    occurredUntil: partsOf(v.occurredUntil ? ukDateOf(v.occurredUntil) : null),
    channel: v.channel,
    platform: v.platform ?? '',
    account: v.account ?? '',
    url: v.url ?? '',
    summary: v.summary,
    behaviours: v.behaviours,
    originalKeptAt: v.originalKeptAt ?? '',
    witnesses: v.witnesses ?? '',
  };
}

function versionRows(v: EntryVersion) {
  return [
    { key: 'When it happened', value: formatOccurred(v) },
    { key: 'How', value: `${incidentChannelLabels[v.channel]}${v.platform ? `, ${v.platform}` : ''}` },
    { key: 'Account or handle', value: v.account ?? '—' },
    // Shown as text, not a link: a page of the perpetrator's is not one to open from here by a slip.
    { key: 'Web address', value: v.url ? <span className="app-break-anywhere">{v.url}</span> : '—' },
    { key: 'What happened', value: <span className="app-pre-line">{v.summary}</span> },
    { key: 'Behaviours', value: v.behaviours.length ? v.behaviours.map((b) => stalkingBehaviourLabels[b]).join('; ') : '—' },
    { key: 'Where the original is kept', value: v.originalKeptAt ?? '—' },
    { key: 'Witnesses', value: v.witnesses ? <span className="app-pre-line">{v.witnesses}</span> : '—' },
  ];
}

export default async function IncidentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; number: string }>;
  searchParams: Promise<{ saved?: string; upload?: string; failed?: string }>;
}) {
  const { id, number } = await params;
  if (!z.uuid().safeParse(id).success || !/^\d{1,9}$/.test(number)) notFound();
  const query = await searchParams;
  const viewer = await requireViewer();
  const entry = await orRefuse(getIncident(viewer, { caseId: id, number }));
  const [current, ...earlier] = entry.versions;
  const base = `/cases/${entry.caseId}`;
  const refusal = query.upload === 'refused' ? decodeURIComponent((await cookies()).get(UPLOAD_REFUSAL_COOKIE)?.value ?? '') : '';
  const failed = entry.attachments.find((a) => a.id === query.failed);
  const banner = query.saved ? saved[query.saved] : undefined;

  return (
    <>
      <BackLink href={`${base}/incidents`}>Incidents and evidence</BackLink>
      {failed ? (
        <ErrorSummary
          title="The file failed its integrity check"
          errors={[{ href: '#attachments', text: `${failed.fileName} no longer matches the file that was uploaded, so it was not downloaded. This has been recorded. Tell your MARAC coordinator.` }]}
        />
      ) : null}
      {refusal ? <ErrorSummary errors={[{ href: '#file', text: refusal }]} /> : null}
      {banner ? (
        <NotificationBanner type="success" title={banner.title}>
          <p className="govuk-body">{banner.body}</p>
        </NotificationBanner>
      ) : null}
      {query.upload === 'added' ? (
        <NotificationBanner type="success" title="File added">
          <p className="govuk-body">Its SHA-256 was taken as it arrived, and is checked every time it is downloaded.</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={`Case ${entry.caseNumber}`}>Entry {entry.number}</PageHeading>
      {entry.withdrawn ? (
        <WarningText>
          Withdrawn on {formatDateTime(entry.withdrawn.at)} by {entry.withdrawn.byName}, {entry.withdrawn.agencyName}: {entry.withdrawn.reason}
        </WarningText>
      ) : null}
      <SummaryList
        rows={[
          ...versionRows(current),
          ...(entry.breachOf
            ? [
                {
                  key: 'Breach of',
                  value: (
                    <Link className="govuk-link" href={`/cases/${entry.caseId}/orders/${entry.breachOf.orderId}`}>
                      {protectiveOrderTypeLabels[entry.breachOf.type]}
                    </Link>
                  ),
                },
              ]
            : []),
          {
            key: earlier.length ? 'Corrected' : 'Recorded',
            value: `${formatDateTime(current.recordedAt)} by ${current.recordedByName}, ${current.recordedAgencyName}${earlier.length ? ` (version ${current.version})` : ''}`,
          },
          ...(current.correctionReason ? [{ key: 'Why it was corrected', value: current.correctionReason }] : []),
        ]}
      />

      <h2 className="govuk-heading-m" id="attachments">
        Files
      </h2>
      {entry.attachments.length === 0 ? (
        <p className="govuk-body">No files yet.</p>
      ) : (
        <Table
          caption={<span className="govuk-visually-hidden">Files attached to this entry</span>}
          head={
            <>
              <Th>File</Th>
              <Th>Type</Th>
              <Th numeric>Size</Th>
              <Th>SHA-256</Th>
              <Th>Added</Th>
              <Th>Download</Th>
            </>
          }
        >
          {entry.attachments.map((a) => (
            <Tr key={a.id}>
              <Td>{a.fileName}</Td>
              <Td>{a.mimeType}</Td>
              <Td numeric>{formatFileSize(a.sizeBytes)}</Td>
              <Td>
                <span className="app-hash govuk-body-s">{a.sha256}</span>
              </Td>
              <Td>
                {formatDateTime(a.addedAt)} by {a.addedByName}, {a.addedAgencyName}
              </Td>
              <Td>
                <a className="govuk-link" href={`${base}/attachments/${a.id}`} download>
                  Download<span className="govuk-visually-hidden"> {a.fileName}</span>
                </a>
                {a.stripped ? <span className="govuk-body-s"> (without its location and other metadata)</span> : null}
                {a.stripped && entry.canDownloadOriginal ? (
                  <>
                    <br />
                    <Link className="govuk-link" href={`${base}/attachments/${a.id}/original`}>
                      Original with metadata<span className="govuk-visually-hidden"> of {a.fileName}</span>
                    </Link>
                  </>
                ) : null}
              </Td>
            </Tr>
          ))}
        </Table>
      )}
      {entry.canAttach ? (
        <form method="post" action={`${base}/incidents/${entry.number}/attachments`} encType="multipart/form-data" aria-label="Upload evidence">
          <FileUpload
            id="file"
            name="file"
            label="Add a file"
            labelSize="s"
            hint={`A screenshot, photo, saved email (.eml or .txt), PDF, or short audio or video, smaller than ${getSettings().attachmentMaxMb} MB. Choose the original file: it is kept byte for byte.`}
            error={refusal || undefined}
          />
          <Button variant="secondary">Add file</Button>
        </form>
      ) : null}
      {entry.canAttach ? (
        <Details summary="Paste email headers or other text">
          <PasteTextForm caseId={entry.caseId} number={entry.number} />
        </Details>
      ) : null}

      {entry.canCorrect ? (
        <Details summary="Correct this entry">
          <IncidentForm caseId={entry.caseId} values={valuesOf(current)} correct={{ number: entry.number, version: current.version }} />
        </Details>
      ) : null}
      {entry.canWithdraw ? (
        <Details summary="Withdraw this entry">
          <WithdrawForm caseId={entry.caseId} number={entry.number} />
        </Details>
      ) : null}

      {earlier.length ? (
        <>
          <h2 className="govuk-heading-m">Earlier versions</h2>
          <Timeline
            headingLevel={3}
            items={earlier.map((v) => ({
              title: v.version === 1 ? 'Version 1, as first recorded' : `Version ${v.version}`,
              byline: `${v.recordedByName}, ${v.recordedAgencyName}`,
              datetime: v.recordedAt.toISOString(),
              dateText: formatDateTime(v.recordedAt),
              description: (
                <>
                  {v.correctionReason ? <p className="govuk-body">Why it was corrected: {v.correctionReason}</p> : null}
                  <SummaryList rows={versionRows(v)} />
                </>
              ),
            }))}
          />
        </>
      ) : null}
    </>
  );
}
