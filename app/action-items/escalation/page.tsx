import type { Metadata } from 'next';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listEscalations } from '@/lib/action-items/escalation';
import { formatDate } from '../../_lib/format';
import { orRefuse } from '../../_lib/guard';
import { BackLink } from '../../ui/back-link';
import { PageHeading } from '../../ui/page-heading';
import { Table, Td, Th, Tr } from '../../ui/table';

export const metadata: Metadata = { title: 'Escalation list' };

export default async function EscalationPage() {
  const viewer = await requireViewer();
  const rows = await orRefuse(listEscalations(viewer));
  return (
    <>
      <BackLink href="/action-items">Actions</BackLink>
      <PageHeading caption="For the MARAC steering group">Escalation list</PageHeading>
      <p className="govuk-body">Actions not done by agencies that also left actions not done at the meeting before or after. Case numbers only: no one’s details.</p>
      <p className="govuk-body">
        {/* A file download, not a page: a plain link, not the client router. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="govuk-link" href="/action-items/escalation/csv">
          Download the list (CSV)
        </a>
      </p>
      <Table caption={`${rows.length} actions`} captionSize="m" head={<><Th>Agency</Th><Th>Case</Th><Th>Action</Th><Th>Owner</Th><Th>Due</Th><Th>Agreed</Th></>}>
        {rows.length === 0 ? (
          <Tr>
            <Td colSpan={6}>No agency has actions not done at two meetings in a row.</Td>
          </Tr>
        ) : (
          rows.map((r) => (
            <Tr key={r.actionItemId}>
              <Td>{r.agencyName}</Td>
              <Td>{r.caseNumber}</Td>
              <Td>{r.description}</Td>
              <Td>{r.ownerName}</Td>
              <Td>{formatDate(r.dueOn)}</Td>
              <Td>{formatDate(r.agreedOn)}</Td>
            </Tr>
          ))
        )}
      </Table>
    </>
  );
}
