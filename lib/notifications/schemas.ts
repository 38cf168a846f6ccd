import { z } from 'zod';
import { notificationKinds } from '@/db/enums';

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
