import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { requireViewer } from '@/lib/auth/current-viewer';
import { can } from '@/lib/authz';
import { listAgencies } from '@/lib/agencies/list';
import { agencyTypeLabels } from '@/lib/agencies/labels';
import { orRefuse } from '../_lib/guard';
import { ButtonLink } from '../ui/button';
import { PageHeading } from '../ui/page-heading';
import { Table, Td, Th, Tr } from '../ui/table';
import { Tag } from '../ui/tag';

export const metadata: Metadata = { title: 'Agencies' };

export default async function AgenciesPage() {
  const viewer = await requireViewer();
  const agencies = await orRefuse(listAgencies(viewer));
  const canManage = can(viewer, 'agency.create', { areaId: viewer.areaId });
  return (
    <>
      <PageHeading>Agencies</PageHeading>
      <p className="govuk-body">The agencies that take part in your MARAC.</p>
      {canManage ? <ButtonLink href="/agencies/new">Add an agency</ButtonLink> : null}
      <Table
        caption={`${agencies.length} agencies`}
        captionSize="m"
        head={
          <>
            <Th>Agency</Th>
            <Th>Type</Th>
            <Th numeric>Active users</Th>
            <Th>Status</Th>
          </>
        }
      >
        {agencies.map((a) => (
          <Tr key={a.id}>
            <Td>
              {canManage ? (
                <Link className="govuk-link" href={`/agencies/${a.id}`}>
                  {a.name}
                </Link>
              ) : (
                a.name
              )}
            </Td>
            <Td>{agencyTypeLabels[a.type]}</Td>
            <Td numeric>{a.activeUsers}</Td>
            <Td>{a.active ? <Tag colour="green">Open</Tag> : <Tag colour="grey">Closed</Tag>}</Td>
          </Tr>
        ))}
      </Table>
    </>
  );
}
