import type { AgencyType } from '@/db/enums';

// What each type of agency is called on the pages (no schema here: browser code imports it).
export const agencyTypeLabels: Record<AgencyType, string> = {
  police: 'Police',
  idva: 'IDVA service',
  housing: 'Housing',
  childrens_social_care: 'Children’s social care',
  adult_social_care: 'Adult social care',
  health: 'Health (counted as secondary or acute care)',
  probation: 'Probation',
  mental_health: 'Mental health',
  substance_misuse: 'Substance misuse',
  education: 'Education',
  other: 'Other',
  primary_care: 'Primary care (GP)',
  secondary_care: 'Secondary or acute care (hospital)',
  voluntary_sector: 'Voluntary sector',
  mash: 'MASH (multi-agency safeguarding hub)',
};
