import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listNotifications, type NotificationRow } from '@/lib/notifications/list';
import { notificationListSchema } from '@/lib/notifications/schemas';
import type { NotificationKind } from '@/db/enums';
import { formatDateTime } from '../_lib/format';
import { orRefuse } from '../_lib/guard';
import { PageHeading } from '../ui/page-heading';
import { ActionButton } from '../ui/action-button';
import { Pagination, ResultsCount } from '../ui/pagination';
import { Table, Td, Th, Tr } from '../ui/table';
import { Tag } from '../ui/tag';
import { markAllReadAction } from './actions';

export const metadata: Metadata = { title: 'Notifications' };

// What each notification says: never a name or a case detail, only what needs attention.
function describe(n: NotificationRow): string {
  switch (n.kind) {
    case 'minutes_circulated':
      return `Minutes of the meeting of ${formatDateTime(n.meetingStartsAt)} are ready to read`;
    case 'research_requested':
      return `An agenda is published: research the cases for the meeting of ${formatDateTime(n.meetingStartsAt)}`;
    case 'action_assigned':
      return n.aboutOwnAction ? 'An action has been given to you' : 'An action has been given to your agency';
    case 'action_due_soon':
      return n.aboutOwnAction ? 'An action given to you is due within 3 days' : 'An action of your agency is due within 3 days';
    case 'action_overdue':
      return n.aboutOwnAction ? 'An action given to you is overdue' : 'An action of your agency is overdue';
    case 'referral_returned':
      return 'A referral has been returned to your agency with a question';
    case 'protected_details_revealed':
      return 'Someone in another agency revealed the protected details of a case';
    case 'reveal_limit_reached':
      return 'Someone was refused protected details: they had revealed too many in 24 hours';
    case 'preservation_deadline_near':
      return 'A data-preservation request on a case is within 15 days of its deadline';
    case 'audit_chain_broken':
      return 'The daily check of the audit log found events changed or missing: see the audit log';
  }
}

/** How the list names a kind it is filtered to. */
const kindNames: Record<NotificationKind, string> = {
  action_assigned: 'actions given',
  action_due_soon: 'actions due soon',
  action_overdue: 'overdue actions',
  research_requested: 'research requests',
  minutes_circulated: 'minutes to read',
  referral_returned: 'returned referrals',
  protected_details_revealed: 'protected details revealed',
  reveal_limit_reached: 'refused reveals',
  preservation_deadline_near: 'preservation deadlines',
  audit_chain_broken: 'audit log checks',
};

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requireViewer();
  const parsed = notificationListSchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : {};
  const { rows, total, unread, page, pageSize } = await orRefuse(listNotifications(viewer, query));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  return (
    <>
      <PageHeading>Notifications</PageHeading>
      <p className="govuk-body">{unread === 0 ? 'Nothing unread.' : `${unread} unread.`}</p>
      {unread > 0 ? <ActionButton action={markAllReadAction} payload={{}} label="Mark all as read" /> : null}
      <ul className="govuk-list">
        {query.kind ? (
          <li>
            Showing {kindNames[query.kind]} only.{' '}
            <Link className="govuk-link" href={query.unread ? '/notifications?unread=1' : '/notifications'}>
              Show every kind
            </Link>
          </li>
        ) : null}
        <li>
          {query.unread ? (
            <Link className="govuk-link" href="/notifications">
              Show all notifications
            </Link>
          ) : (
            <Link className="govuk-link" href="/notifications?unread=1">
              Show unread notifications only
            </Link>
          )}
        </li>
        <li>
          <Link className="govuk-link" href="/account/email">
            Choose which of these you are also emailed about
          </Link>
        </li>
      </ul>
      {total > 0 ? <ResultsCount from={from} to={Math.min(total, page * pageSize)} total={total} noun={query.unread ? 'unread notifications' : 'notifications'} /> : null}
      <Table caption={query.unread ? 'Your unread notifications' : 'Your notifications'} captionSize="m" head={<><Th>What</Th><Th>When</Th><Th>Status</Th></>}>
        {rows.length === 0 ? (
          <Tr>
            <Td colSpan={3}>{query.unread ? 'Nothing unread.' : 'No notifications yet.'}</Td>
          </Tr>
        ) : (
          rows.map((n) => (
            <Tr key={n.id}>
              <Td>
                {/* Opening a notification marks it read: app/ui/link.tsx never prefetches. */}
                <Link className="govuk-link" href={`/notifications/${n.id}`}>
                  {describe(n)}
                </Link>
              </Td>
              <Td>{formatDateTime(n.createdAt)}</Td>
              <Td>{n.readAt ? 'Read' : <Tag colour="blue">Unread</Tag>}</Td>
            </Tr>
          ))
        )}
      </Table>
      <Pagination page={page} pageCount={Math.max(1, Math.ceil(total / pageSize))} baseHref="/notifications" params={{ unread: query.unread ? '1' : undefined, kind: query.kind }} label="Pages of notifications" />
    </>
  );
}
