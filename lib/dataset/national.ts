// The latest national MARAC figures, beside which the area's own are shown: kept here as data, with
// their source and period, so a new release is one change of this file (as the national helplines
// are, decision 0014). Shares are percentages of cases discussed, except `partnerReferrals` (of
// referrals) and the rate per 10,000 women aged 16 and over.

export interface NationalFigures {
  source: string;
  /** The last day of the 12 months the figures cover (YYYY-MM-DD). */
  periodEnd: string;
  periodLabel: string;
  casesPer10kWomen: number;
  /** SafeLives' recommended level of cases per 10,000 adult women. */
  recommendedCasesPer10kWomen: number;
  repeatRate: number;
  partnerReferrals: number;
  minoritised: number;
  lgbt: number;
  disabled: number;
  male: number;
  aged16to17: number;
}

export const nationalFigures: NationalFigures = {
  source: 'SafeLives, national MARAC dataset',
  periodEnd: '2024-09-30',
  periodLabel: '12 months to 30 September 2024',
  casesPer10kWomen: 47,
  recommendedCasesPer10kWomen: 40,
  repeatRate: 31,
  partnerReferrals: 36.1,
  minoritised: 14.1,
  lgbt: 1.6,
  disabled: 10.1,
  male: 6.4,
  aged16to17: 1.3,
};
