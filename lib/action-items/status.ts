import type { ActionItemStatus } from '@/db/enums';

// What an agreed action's status means, said once. The SQL form of the same rules, for queries, is in
// ./status-sql.ts and is built from these lists. This module imports nothing, so forms may use it.

/** Still to do: counted as open, reminded, and overdue once past its due date. */
export const openStatuses = ['open', 'in_progress'] as const satisfies readonly ActionItemStatus[];
/** Closed: the action has its closing date. */
export const closedStatuses = ['completed', 'not_possible', 'not_done'] as const satisfies readonly ActionItemStatus[];

export function isOpen(status: ActionItemStatus): boolean {
  return (openStatuses as readonly ActionItemStatus[]).includes(status);
}

/** Still to do and its due date (YYYY-MM-DD) is before today (the UK date). */
export function isOverdue(action: { status: ActionItemStatus; dueOn: string }, today: string): boolean {
  return isOpen(action.status) && action.dueOn < today;
}

/**
 * Which status may follow which. Completed is final: what was done is on record. An action closed as
 * not possible or not done may be taken up again; an open one may go anywhere, or keep its status
 * with a new note of progress.
 */
export const nextStatuses: Record<ActionItemStatus, readonly ActionItemStatus[]> = {
  open: ['open', 'in_progress', 'completed', 'not_possible', 'not_done'],
  in_progress: ['in_progress', 'open', 'completed', 'not_possible', 'not_done'],
  completed: [],
  not_possible: ['open', 'in_progress'],
  not_done: ['open', 'in_progress'],
};

export function mayFollow(from: ActionItemStatus, to: ActionItemStatus): boolean {
  return nextStatuses[from].includes(to);
}
