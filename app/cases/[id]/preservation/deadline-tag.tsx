import { Tag } from '../../../ui/tag';

/** A request still awaiting the platform within 15 days of its deadline (lib/preservation/status.ts). */
export function DeadlineNearTag() {
  return <Tag colour="red">Deadline near</Tag>;
}
