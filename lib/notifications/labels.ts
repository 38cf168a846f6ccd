import type { NotificationKind } from '@/db/enums';

/** How each kind of notification is named where a user chooses their emails. */
export const emailChoiceLabels: Record<NotificationKind, string> = {
  action_assigned: 'An action is given to my agency',
  action_due_soon: 'An action of my agency is due within 3 days',
  action_overdue: 'An action of my agency is overdue',
  research_requested: 'An agenda is published and my agency is asked to research its cases',
  minutes_circulated: 'Minutes of a meeting my agency attended are circulated',
  referral_returned: 'A referral my agency made is returned with a question',
  protected_details_revealed: 'Someone in another agency reveals the protected details of a case my agency referred (for the IDVA service: of any case)',
  reveal_limit_reached: 'Someone is refused protected details because they revealed too many in a day (for coordinators)',
  preservation_deadline_near: 'A data-preservation request on a case my agency works on is within 15 days of its deadline (for the police)',
  audit_chain_broken: 'The daily check of the audit log finds events changed or missing (for administrators and IG leads)',
};
