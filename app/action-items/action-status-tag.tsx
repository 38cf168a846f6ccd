import type { ActionItemStatus } from '@/db/enums';
import { actionStatusLabels } from '@/lib/action-items/labels';
import { Tag, type TagColour } from '../ui/tag';

const colours: Record<ActionItemStatus, TagColour> = { open: 'blue', in_progress: 'light-blue', completed: 'green', not_possible: 'grey', not_done: 'orange' };

/** The action's status; an overdue one says so, in red, wherever it appears. */
export function ActionStatusTag({ status, overdue }: { status: ActionItemStatus; overdue: boolean }) {
  return (
    <span className="app-tag-list">
      <Tag colour={colours[status]}>{actionStatusLabels[status]}</Tag>
      {overdue ? <Tag colour="red">Overdue</Tag> : null}
    </span>
  );
}
