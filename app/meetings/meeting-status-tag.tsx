import type { MeetingStatus } from '@/db/enums';
import { Tag, type TagColour } from '../ui/tag';

const looks: Record<MeetingStatus, { label: string; colour: TagColour }> = {
  scheduled: { label: 'Agenda not yet published', colour: 'grey' },
  agenda_published: { label: 'Agenda published: research open', colour: 'blue' },
  // Started, and its minutes are still being taken: it is held only once they are finalised.
  held: { label: 'In progress', colour: 'yellow' },
  finalised: { label: 'Minutes finalised', colour: 'green' },
  cancelled: { label: 'Cancelled', colour: 'red' },
};

export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  return <Tag colour={looks[status].colour}>{looks[status].label}</Tag>;
}
