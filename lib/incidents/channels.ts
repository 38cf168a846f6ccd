import type { IncidentChannel } from '@/db/enums';

/** The channels whose entry names the platform or app it came through. */
export const channelsWithPlatform: readonly IncidentChannel[] = ['social_media', 'messaging_app'];
