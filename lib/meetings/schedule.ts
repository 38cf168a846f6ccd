import 'server-only';
import { eq } from 'drizzle-orm';
import { agencies, areas, meetings, users } from '@/db/schema';
import { assertCan } from '@/lib/authz';
import { recordAudit } from '@/lib/audit/record';
import { withViewer } from '@/lib/auth/with-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { AccessDenied, InputRejected } from '@/lib/errors';
import type { z } from 'zod';
import { parseInput } from '@/lib/input/parse';
import { meetingSettingsSchema, scheduleMeetingSchema, ukTimeToInstant } from './schemas';

/** The coordinator schedules a meeting of their area. */
export async function scheduleMeeting(viewer: Viewer, raw: z.input<typeof scheduleMeetingSchema>): Promise<{ meetingId: string }> {
  const input = parseInput(scheduleMeetingSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'meeting.schedule', { areaId: me.areaId }, { type: 'meeting' });
    if (input.chairUserId) {
      const [chair] = await tx
        .select({ id: users.id, active: users.active, areaId: agencies.areaId })
        .from(users)
        .innerJoin(agencies, eq(agencies.id, users.agencyId))
        .where(eq(users.id, input.chairUserId));
      // A user of another area (a forged id) is, to this viewer, a user that does not exist.
      if (!chair) throw new AccessDenied('meeting.schedule', 'user', input.chairUserId, true);
      assertCan(me, 'meeting.schedule', { areaId: chair.areaId }, { type: 'user', id: chair.id });
      if (!chair.active) throw new InputRejected({ chairUserId: 'Select a chair from your area' });
    }
    const [created] = await tx
      .insert(meetings)
      .values({
        areaId: me.areaId,
        startsAt: ukTimeToInstant(input.date, input.time),
        venue: input.venue || null,
        videoLink: input.videoLink || null,
        chairUserId: input.chairUserId || null,
      })
      .returning({ id: meetings.id });
    await recordAudit(tx, me, { action: 'meeting.schedule', resourceType: 'meeting', resourceId: created.id });
    return { meetingId: created.id };
  });
}

/** The area's meeting defaults: cases per meeting before a capacity warning, and minutes per case. */
export async function updateMeetingSettings(viewer: Viewer, raw: z.input<typeof meetingSettingsSchema>): Promise<void> {
  const input = parseInput(meetingSettingsSchema, raw);
  return withViewer(viewer, async (tx, me) => {
    assertCan(me, 'area.meeting_settings', { areaId: me.areaId }, { type: 'area', id: me.areaId });
    await tx.update(areas).set({ casesPerMeeting: input.casesPerMeeting, minutesPerCase: input.minutesPerCase }).where(eq(areas.id, me.areaId));
    await recordAudit(tx, me, {
      action: 'area.meeting_settings',
      resourceType: 'area',
      resourceId: me.areaId,
      detail: `cases_${input.casesPerMeeting}_minutes_${input.minutesPerCase}`,
    });
  });
}

