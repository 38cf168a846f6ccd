import 'server-only';
import { eq } from 'drizzle-orm';
import { emailPreferences } from '@/db/schema';
import { notificationKinds, type NotificationKind } from '@/db/enums';
import type { z } from 'zod';
import { parseInput } from '@/lib/input/parse';
import { emailPreferencesSchema } from './schemas';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { getSettings } from '@/lib/settings';
import { now } from '@/db/clock';

export interface EmailPreferences {
  /** Whether this installation sends email at all (SMTP_HOST is set). */
  mailConfigured: boolean;
  /** The kinds the viewer gets an email for. */
  emailed: NotificationKind[];
}

/** The viewer's own choice of emails: every kind unless they turned it off. */
export function getEmailPreferences(viewer: Viewer): Promise<EmailPreferences> {
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'email_prefs.edit', { userId: me.userId }, { type: 'user', id: me.userId });
    const [row] = await tx.select().from(emailPreferences).where(eq(emailPreferences.userId, me.userId));
    const off = row?.turnedOff ?? [];
    return { mailConfigured: getSettings().mail !== null, emailed: notificationKinds.filter((k) => !off.includes(k)) };
  });
}

/** Sets which kinds of notification the viewer is also emailed about. In-app notifications are unaffected. */
export async function setEmailPreferences(viewer: Viewer, raw: z.input<typeof emailPreferencesSchema>): Promise<void> {
  const input = parseInput(emailPreferencesSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'email_prefs.edit', { userId: me.userId }, { type: 'user', id: me.userId });
    const turnedOff = notificationKinds.filter((k) => !input.emailed.includes(k));
    await tx
      .insert(emailPreferences)
      .values({ userId: me.userId, turnedOff })
      .onConflictDoUpdate({ target: emailPreferences.userId, set: { turnedOff, updatedAt: now() } });
    await recordAudit(tx, me, { action: 'email_prefs.update', resourceType: 'user', resourceId: me.userId, detail: turnedOff.length ? `off_${turnedOff.join('+')}` : 'all_on' });
  });
}
