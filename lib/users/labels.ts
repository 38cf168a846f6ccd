import type { roles } from '@/db/enums';

// What each role is called on the pages (no schema here: browser code imports it).

export const roleLabels: Record<(typeof roles)[number], string> = {
  admin: 'Administrator',
  coordinator: 'MARAC coordinator',
  chair: 'Chair',
  agency: 'Agency representative',
  ig_lead: 'Information governance lead',
  steering_group: 'Steering group member',
};
