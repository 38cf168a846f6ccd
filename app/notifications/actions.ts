'use server';

import { markAllNotificationsRead } from '@/lib/notifications/list';
import { runAction } from '../_lib/server-action';

/** "Mark all as read" takes no input: whatever was sent is not read. */
export async function markAllReadAction(raw: unknown) {
  return runAction(raw, (viewer) => markAllNotificationsRead(viewer));
}
