import { Link } from '@/app/ui/link';
import { formatDate, formatDateTime } from '../_lib/format';
import { Tag } from '../ui/tag';

/**
 * Where a case stands with the MARAC: listed on a coming meeting's agenda (with its date, linked),
 * waiting to be listed, or when it was last heard.
 */
export function MaracStatus({
  awaitingMeeting,
  lastMaracOn,
  listedAt,
  dense = false,
}: {
  awaitingMeeting: boolean;
  lastMaracOn: string | null;
  listedAt: { meetingId: string; startsAt: Date } | null;
  /** In a table: the meeting's day without its time. */
  dense?: boolean;
}) {
  const lastHeard = lastMaracOn ? `Last heard ${formatDate(lastMaracOn)}` : null;
  if (listedAt) {
    return (
      <>
        <Link className="govuk-link" href={`/meetings/${listedAt.meetingId}`}>
          Listed for the meeting of {dense ? formatDate(listedAt.startsAt) : formatDateTime(listedAt.startsAt)}
        </Link>
        {lastHeard ? <span className="app-cell-secondary">{lastHeard}</span> : null}
      </>
    );
  }
  if (awaitingMeeting) {
    return (
      <>
        <Tag colour="blue">{dense ? 'Awaiting a meeting' : 'Awaiting the next meeting'}</Tag>
        {lastHeard ? <span className="app-cell-secondary">{lastHeard}</span> : null}
      </>
    );
  }
  return <>{lastHeard ?? 'Not yet heard'}</>;
}
