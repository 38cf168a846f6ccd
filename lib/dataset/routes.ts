import type { AgencyType } from '@/db/enums';

// The referral routes of the national MARAC workbook, in its order, and the agency type each counts.
// Agencies typed `health` (made before the routes existed) count as secondary or acute care (decision 0021).

export type Route = Exclude<AgencyType, 'health'>;

export const routes: readonly { route: Route; label: string }[] = [
  { route: 'police', label: 'Police' },
  { route: 'idva', label: 'IDVA' },
  { route: 'childrens_social_care', label: 'Children’s social care' },
  { route: 'adult_social_care', label: 'Adult social care' },
  { route: 'primary_care', label: 'Primary care' },
  { route: 'secondary_care', label: 'Secondary or acute care' },
  { route: 'mental_health', label: 'Mental health' },
  { route: 'substance_misuse', label: 'Substance misuse' },
  { route: 'probation', label: 'Probation' },
  { route: 'voluntary_sector', label: 'Voluntary sector' },
  { route: 'mash', label: 'MASH' },
  { route: 'education', label: 'Education' },
  { route: 'housing', label: 'Housing' },
  { route: 'other', label: 'Other' },
];

/** The route an agency of this type refers by. */
export function routeOf(type: AgencyType | Route): Route {
  return type === 'health' ? 'secondary_care' : type;
}
