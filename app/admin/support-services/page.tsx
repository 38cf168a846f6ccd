import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listAreaServices } from '@/lib/support-services/directory';
import { nationalHelplines } from '@/lib/support-services/national';
import { orRefuse } from '../../_lib/guard';
import { ButtonLink } from '../../ui/button';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { Table, Td, Th, Tr } from '../../ui/table';

export const metadata: Metadata = { title: 'Support services' };

const saved: Record<string, string> = { added: 'Service added', updated: 'Changes saved' };

/** The area's own services in the support directory shown beside safety plans, after the national helplines. */
export default async function SupportServicesAdminPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const viewer = await requireViewer();
  const services = await orRefuse(listAreaServices(viewer));
  const banner = saved[(await searchParams).saved ?? ''];
  return (
    <>
      {banner ? (
        <NotificationBanner type="success" title={banner}>
          <p className="govuk-body">The support directory shows it beside every safety plan of the area.</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption="Administration">Support services</PageHeading>
      <p className="govuk-body">
        The directory shown beside each victim’s safety plan, and printed for them, lists {nationalHelplines.length} national helplines first, then the area’s own
        services below. <Link className="govuk-link" href="/support">See the directory</Link>.
      </p>
      <ButtonLink href="/admin/support-services/new">Add a service</ButtonLink>
      <Table caption="The area’s own services" captionSize="m" head={<><Th>Name</Th><Th>Phone</Th><Th>Listed</Th></>}>
        {services.length === 0 ? (
          <Tr>
            <Td colSpan={3}>None yet.</Td>
          </Tr>
        ) : (
          services.map((s) => (
            <Tr key={s.id}>
              <Td>
                <Link className="govuk-link" href={`/admin/support-services/${s.id}`}>
                  {s.name}
                </Link>
              </Td>
              <Td>{s.phone ?? '—'}</Td>
              <Td>{s.active ? 'Yes' : 'No'}</Td>
            </Tr>
          ))
        )}
      </Table>
    </>
  );
}
