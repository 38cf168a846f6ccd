import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getAttachmentForOriginal } from '@/lib/incidents/attachments';
import { formatFileSize } from '../../../../../_lib/format';
import { orRefuse } from '../../../../../_lib/guard';
import { BackLink } from '../../../../../ui/back-link';
import { Button } from '../../../../../ui/button';
import { ErrorSummary } from '../../../../../ui/error-summary';
import { PageHeading } from '../../../../../ui/page-heading';
import { SummaryList } from '../../../../../ui/summary-list';
import { Textarea } from '../../../../../ui/textarea';

export const metadata: Metadata = { title: 'Download the original file' };

const reasonMissing = 'Say why you need the original file';

/** For the police: the reason asked before the original of a file, with its metadata, is downloaded. */
export default async function OriginalPage({ params, searchParams }: { params: Promise<{ id: string; attachmentId: string }>; searchParams: Promise<{ problem?: string }> }) {
  const { id, attachmentId } = await params;
  if (!z.uuid().safeParse(id).success || !z.uuid().safeParse(attachmentId).success) notFound();
  const { problem } = await searchParams;
  const viewer = await requireViewer();
  const file = await orRefuse(getAttachmentForOriginal(viewer, { caseId: id, attachmentId }));
  const error = problem === 'reason' ? reasonMissing : undefined;
  return (
    <>
      <BackLink href={`/cases/${file.caseId}/incidents/${file.number}`}>Entry {file.number}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {error ? <ErrorSummary errors={[{ href: '#reason', text: error }]} /> : null}
          <PageHeading caption={`Case ${file.caseNumber}, entry ${file.number}`}>Download the original file</PageHeading>
          <p className="govuk-body">
            The original is the file byte for byte as it was uploaded, with its metadata: a photo’s may give where it was taken, which can be the victim’s location. Your
            reason is kept in the audit log with the download.
          </p>
          <SummaryList
            rows={[
              { key: 'File', value: file.fileName },
              { key: 'Type', value: file.mimeType },
              { key: 'Size', value: formatFileSize(file.sizeBytes) },
              { key: 'SHA-256', value: <span className="app-hash">{file.sha256}</span> },
            ]}
          />
          <form method="post" action={`/cases/${file.caseId}/attachments/${attachmentId}/original/download`} aria-label="Download the original file">
            <Textarea id="reason" name="reason" label="Why do you need the original?" hint="For example, the metadata is needed for the investigation" rows={3} maxLength={500} error={error} />
            <Button>Download original</Button>
          </form>
        </div>
      </div>
    </>
  );
}
