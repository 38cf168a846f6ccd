import type { actionItemStatuses } from '@/db/enums';

// What the action forms and boards show (no schema here: browser code imports it).

export const actionStatusLabels: Record<(typeof actionItemStatuses)[number], string> = {
  open: 'Open',
  in_progress: 'In progress',
  completed: 'Completed',
  not_possible: 'Not possible (circumstances changed)',
  not_done: 'Not done',
};

/** The value of the person field that means "someone without an account": their name is typed. */
export const withoutAccount = 'without_account';
