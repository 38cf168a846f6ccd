import type { ActionItemStatus } from '@/db/enums';
import { isOpen } from '@/lib/action-items/status';

// At a meeting, why each action from the last meeting is not complete. What can be said depends on
// whether the action is due yet: one not yet due can be on track; only an overdue one can be "not done".

export const reviewOutcomes = ['on_track', 'not_possible', 'not_done'] as const;
export type ReviewOutcome = (typeof reviewOutcomes)[number];

export const reviewOutcomeLabels: Record<ReviewOutcome, string> = {
  on_track: 'On track: in hand and not yet due',
  not_possible: 'Not possible: circumstances changed',
  not_done: 'Not done by the agency',
};

/**
 * The outcomes that fit an action reviewed at a meeting held on `meetingDay` (dates YYYY-MM-DD): one
 * still open and not yet due is on track or not possible; one overdue, or already closed, is not
 * possible or not done.
 */
export function outcomesFor(action: { dueOn: string; status: ActionItemStatus }, meetingDay: string): ReviewOutcome[] {
  const stillOpen = isOpen(action.status);
  return stillOpen && action.dueOn >= meetingDay ? ['on_track', 'not_possible'] : ['not_possible', 'not_done'];
}

/** What was recorded, as the minutes say it, from the action's status after the review. */
export function recordedOutcome(status: string): string {
  if (status === 'not_possible') return 'not possible, circumstances changed';
  if (status === 'not_done') return 'not done by the agency';
  if (status === 'completed') return 'completed';
  return 'on track, not yet due';
}
