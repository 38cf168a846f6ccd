import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { requireViewer } from '@/lib/auth/current-viewer';
import { listMeetings } from '@/lib/meetings/list';
import { orRefuse } from '../../_lib/guard';
import { BackLink } from '../../ui/back-link';
import { PageHeading } from '../../ui/page-heading';
import { ScheduleMeetingForm } from './schedule-meeting-form';

export const metadata: Metadata = { title: 'Schedule a meeting' };

export default async function NewMeetingPage() {
  const viewer = await requireViewer();
  const data = await orRefuse(listMeetings(viewer));
  if (!data.canSchedule) forbidden();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/meetings">Meetings</BackLink>
        <PageHeading>Schedule a meeting</PageHeading>
        <ScheduleMeetingForm chairs={data.chairs.map((c) => ({ value: c.id, label: c.name }))} />
      </div>
    </div>
  );
}
