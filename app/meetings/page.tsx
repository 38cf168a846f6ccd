import type { Metadata } from 'next';
import { Link } from '@/app/ui/link';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listMeetings, type MeetingRow } from '@/lib/meetings/list';
import { formatDateTime } from '../_lib/format';
import { orRefuse } from '../_lib/guard';
import { ButtonLink } from '../ui/button';
import { Details } from '../ui/details';
import { PageHeading } from '../ui/page-heading';
import { Table, Td, Th, Tr } from '../ui/table';
import { MeetingStatusTag } from './meeting-status-tag';
import { MeetingSettingsForm } from './meeting-settings-form';

export const metadata: Metadata = { title: 'Meetings' };

function MeetingsTable({ caption, rows }: { caption: string; rows: MeetingRow[] }) {
  return (
    <Table
      caption={caption}
      captionSize="m"
      head={
        <>
          <Th>When</Th>
          <Th>Where</Th>
          <Th>Chair</Th>
          <Th numeric>Cases</Th>
          <Th>Status</Th>
        </>
      }
    >
      {rows.length === 0 ? (
        <Tr>
          <Td colSpan={5}>None.</Td>
        </Tr>
      ) : (
        rows.map((m) => (
          <Tr key={m.id}>
            <Td>
              <Link className="govuk-link" href={`/meetings/${m.id}`}>
                {formatDateTime(m.startsAt)}
              </Link>
            </Td>
            <Td>{[m.venue, m.videoLink ? 'Video call' : null].filter(Boolean).join(' and ')}</Td>
            <Td>{m.chairName ?? 'Not yet chosen'}</Td>
            <Td numeric>{m.cases}</Td>
            <Td>
              <MeetingStatusTag status={m.status} />
            </Td>
          </Tr>
        ))
      )}
    </Table>
  );
}

export default async function MeetingsPage() {
  const viewer = await requireViewer();
  const data = await orRefuse(listMeetings(viewer));
  return (
    <>
      <PageHeading>Meetings</PageHeading>
      {data.canSchedule ? (
        <>
          <ButtonLink href="/meetings/new">Schedule a meeting</ButtonLink>
          <Details summary={`Meeting settings: ${data.settings.casesPerMeeting} cases, ${data.settings.minutesPerCase} minutes a case`}>
            <MeetingSettingsForm casesPerMeeting={data.settings.casesPerMeeting} minutesPerCase={data.settings.minutesPerCase} />
          </Details>
        </>
      ) : (
        <p className="govuk-body">Meetings whose agenda is published: open one to research its cases.</p>
      )}
      <MeetingsTable caption="Coming meetings" rows={data.upcoming} />
      <MeetingsTable caption="Past meetings" rows={data.past} />
    </>
  );
}
