import { describeBrowser, formatDateTime } from '../_lib/format';
import { EndSessionButton } from './end-session-button';
import { Table, Td, Th, Tr } from '../ui/table';
import type { UserDetail } from '@/lib/users/get';

/** A user's live sessions, each with a button to end it (not the one in use, when they are one's own). */
export function SessionsTable({ sessions, caption, ownSessions = false }: { sessions: UserDetail['sessions']; caption: string; ownSessions?: boolean }) {
  if (sessions.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <p className="govuk-body">No active sessions.</p>
      </>
    );
  }
  return (
    <Table
      caption={caption}
      captionSize="m"
      head={
        <>
          <Th>Browser</Th>
          <Th>Signed in</Th>
          <Th>Last active</Th>
          <Th>
            <span className="govuk-visually-hidden">Action</span>
          </Th>
        </>
      }
    >
      {sessions.map((s) => (
        <Tr key={s.id}>
          <Td>{describeBrowser(s.userAgent)}</Td>
          <Td>{formatDateTime(s.createdAt)}</Td>
          <Td>{formatDateTime(s.lastSeenAt)}</Td>
          <Td>
            {ownSessions && s.current ? (
              'This session'
            ) : (
              <EndSessionButton sessionId={s.id} label={`End session started ${formatDateTime(s.createdAt)}`} />
            )}
          </Td>
        </Tr>
      ))}
    </Table>
  );
}
