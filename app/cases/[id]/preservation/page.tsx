import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listPreservationRequests } from '@/lib/preservation/requests';
import { preservationStatusLabels } from '@/lib/stalking/labels';
import { formatDate } from '../../../_lib/format';
import { orRefuse } from '../../../_lib/guard';
import { BackLink } from '../../../ui/back-link';
import { ButtonLink } from '../../../ui/button';
import { PageHeading } from '../../../ui/page-heading';
import { Table, Td, Th, Tr } from '../../../ui/table';
import { DeadlineNearTag } from './deadline-tag';

export const metadata: Metadata = { title: 'Data-preservation requests' };

/** A case's requests to platforms to preserve an account's data before it is deleted. */
export default async function PreservationRequestsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const viewer = await requireViewer();
  const list = await orRefuse(listPreservationRequests(viewer, { caseId: id }));

  return (
    <>
      <BackLink href={`/cases/${list.caseId}`}>Case {list.caseNumber}</BackLink>
      <PageHeading caption={`Case ${list.caseNumber}`}>Data-preservation requests</PageHeading>
      <p className="govuk-body">
        Platforms delete data after 30 to 90 days unless the police ask them to keep it. A request keeps it for 90 days from sending, and can be extended once by 90 days.
        The police users of the case are told when a deadline is 15 days away.
      </p>
      {list.canRecord ? <ButtonLink href={`/cases/${list.caseId}/preservation/new`}>Record a preservation request</ButtonLink> : null}
      {list.requests.length === 0 ? (
        <p className="govuk-body">No preservation requests yet.</p>
      ) : (
        <Table caption="Requests, newest first" captionSize="m" head={<><Th>Platform</Th><Th>Status</Th><Th>Sent</Th><Th>Deadline</Th></>}>
          {list.requests.map((r) => (
            <Tr key={r.id}>
              <Td>
                <Link className="govuk-link" href={`/cases/${list.caseId}/preservation/${r.id}`}>
                  {r.platform}
                </Link>
              </Td>
              <Td>{preservationStatusLabels[r.status]}</Td>
              <Td>{r.sentOn ? formatDate(r.sentOn) : 'Not sent'}</Td>
              <Td>
                {r.deadlineOn ? formatDate(r.deadlineOn) : '—'}
                {r.extended ? ' (extended)' : ''} {r.deadlineNear ? <DeadlineNearTag /> : null}
              </Td>
            </Tr>
          ))}
        </Table>
      )}
    </>
  );
}
