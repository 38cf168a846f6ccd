import type { Metadata } from 'next';
import Link from 'next/link';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listNotifications, type NotificationRow } from '@/lib/notifications/list';
import { formatDateTime } from '../_lib/format';
import { orRefuse } from '../_lib/guard';
import { PageHeading } from '../ui/page-heading';
import { Table, Td, Th, Tr } from '../ui/table';
import { Tag } from '../ui/tag';

export const metadata: Metadata = { title: 'Notifications' };

// What each notification says: never a name or a case detail, only what needs attention.
function describe(n: NotificationRow): string {
  switch (n.kind) {
    case 'minutes_circulated':
      return `Minutes of the meeting of ${formatDateTime(n.meetingStartsAt)} are ready to read`;
    case 'research_requested':
      return `An agenda is published: research the cases for the meeting of ${formatDateTime(n.meetingStartsAt)}`;
    case 'action_assigned':
      return 'An action has been given to your agency';
    case 'action_due_soon':
      return 'An action of your agency is due within 3 days';
    case 'action_overdue':
      return 'An action of your agency is overdue';
    case 'referral_returned':
      return 'A referral has been returned to your agency with a question';
  }
}

export default async function NotificationsPage() {
  const viewer = await requireViewer();
  const { rows, unread } = await orRefuse(listNotifications(viewer));
  return (
    <>
      <PageHeading>Notifications</PageHeading>
      <p className="govuk-body">{unread === 0 ? 'Nothing unread.' : `${unread} unread.`}</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/account/email">
          Choose which of these you are also emailed about
        </Link>
      </p>
      <Table caption="Your notifications" captionSize="m" head={<><Th>What</Th><Th>When</Th><Th>Status</Th></>}>
        {rows.length === 0 ? (
          <Tr>
            <Td colSpan={3}>No notifications yet.</Td>
          </Tr>
        ) : (
          rows.map((n) => (
            <Tr key={n.id}>
              <Td>
                {/* Not prefetched: opening a notification marks it read. */}
                <Link className="govuk-link" href={`/notifications/${n.id}`} prefetch={false}>
                  {describe(n)}
                </Link>
              </Td>
              <Td>{formatDateTime(n.createdAt)}</Td>
              <Td>{n.readAt ? 'Read' : <Tag colour="blue">Unread</Tag>}</Td>
            </Tr>
          ))
        )}
      </Table>
    </>
  );
}
