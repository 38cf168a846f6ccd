'use server';

import { markAllNotificationsRead } from '@/lib/notifications/list';
import { markAllReadSchema } from '@/lib/notifications/schemas';
import { runAction } from '../_lib/server-action';

export async function markAllReadAction(raw: unknown) {
  return runAction(markAllReadSchema, raw, (viewer) => markAllNotificationsRead(viewer));
}
