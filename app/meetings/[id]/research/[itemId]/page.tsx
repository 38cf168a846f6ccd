import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { getResearch } from '@/lib/meetings/research';
import { formatDateTime } from '../../../../_lib/format';
import { orRefuse } from '../../../../_lib/guard';
import { BackLink } from '../../../../ui/back-link';
import { PageHeading } from '../../../../ui/page-heading';
import { ResearchForm } from './research-form';
import { ResearchEntry } from '../../../research-entry';

export const metadata: Metadata = { title: 'Research' };

export default async function ResearchPage({ params }: { params: Promise<{ id: string; itemId: string }> }) {
  const { id, itemId } = await params;
  if (!z.uuid().safeParse(id).success || !z.uuid().safeParse(itemId).success) notFound();
  const viewer = await requireViewer();
  const view = await orRefuse(getResearch(viewer, itemId));
  if (view.meetingId !== id) notFound();

  return (
    <>
      <BackLink href={`/meetings/${id}`}>The agenda</BackLink>
      <PageHeading caption={`Meeting of ${formatDateTime(view.meetingStartsAt)}`}>Research on case {view.caseNumber}</PageHeading>
      <p className="govuk-body">
        <Link className="govuk-link" href={`/cases/${view.caseId}`}>
          Open the case record
        </Link>{' '}
        to see the referral and the people.
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">{viewer.agencyName}</h2>
          {view.mine.updatedAt ? (
            <p className="govuk-body">
              Last saved by {view.mine.updatedBy} on {formatDateTime(view.mine.updatedAt)}.
            </p>
          ) : null}
          {view.open ? (
            <ResearchForm agendaItemId={view.itemId} mine={view.mine} />
          ) : (
            <p className="govuk-body">Research is closed for this meeting.</p>
          )}
        </div>
      </div>
      {view.all ? (
        <>
          <h2 className="govuk-heading-l">Every agency’s research</h2>
          {view.all.length === 0 ? <p className="govuk-body">No agency has recorded research yet.</p> : null}
          {view.all.map((r) => (
            <ResearchEntry key={r.agencyName} entry={r} label={r.agencyName} />
          ))}
        </>
      ) : null}
    </>
  );
}
