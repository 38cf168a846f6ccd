import { z } from 'zod';
import { notificationKinds, type NotificationKind } from '@/db/enums';

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
};

export const emailPreferencesSchema = z.object({
  // A form with every box cleared may send false rather than an empty list: both mean no emails.
  emailed: z.union([z.array(z.enum(notificationKinds, 'Choose from the list')), z.literal(false)]).transform((v) => v || []),
});

/** The notification list's view, read from its URL: a page, whether to show unread ones only, and of one kind only. */
export const notificationListSchema = z.object({
  unread: z.preprocess((v) => v === '1' || v === 'true', z.boolean()).optional(),
  kind: z.enum(notificationKinds).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type NotificationListQuery = z.output<typeof notificationListSchema>;
