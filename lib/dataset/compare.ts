import type { DatasetFigures } from './get';
import type { NationalFigures } from './national';

// Each of the area's figures beside the national one, with a one-line note where the area differs
// much: less than half, or more than one and a half times, the national figure (for cases per 10,000
// women: below three-quarters of the recommended level, or above one and a half times the national
// rate). Nothing is said of a period with fewer than MIN_CASES_FOR_NOTES cases discussed: a share of
// a handful of cases says more about chance than about the area.

export const MIN_CASES_FOR_NOTES = 10;

export type FigureKey = 'casesPer10kWomen' | 'repeatRate' | 'partnerReferrals' | 'minoritised' | 'lgbt' | 'disabled' | 'male' | 'aged16to17';

export interface Comparison {
  key: FigureKey;
  label: string;
  /** The area's figure (a percentage, or cases per 10,000 women); null when it cannot be counted. */
  area: number | null;
  national: number;
  unit: '%' | 'per 10,000';
  note: string | null;
}

const labels: Record<FigureKey, string> = {
  casesPer10kWomen: 'Cases per 10,000 women aged 16 and over (a year)',
  repeatRate: 'Repeat cases',
  partnerReferrals: 'Referrals from partner agencies (not the police)',
  minoritised: 'Victims who are Black, Asian or racially minoritised',
  lgbt: 'Victims who are LGBT+',
  disabled: 'Victims with a disability',
  male: 'Male victims',
  aged16to17: 'Victims aged 16 or 17',
};

const formatted = (value: number, unit: Comparison['unit']) => (unit === '%' ? `${value} %` : `${value} per 10,000`);

/** What a low or a high figure may mean, in one line each. */
const meanings: Record<FigureKey, { low: string; high: string }> = {
  casesPer10kWomen: { low: 'fewer cases than recommended: are all agencies identifying and referring high-risk victims?', high: 'many more cases than nationally: check the referral threshold and capacity' },
  repeatRate: { low: 'repeats may not be recognised', high: 'many cases come back: are the action plans reducing risk?' },
  partnerReferrals: { low: 'most referrals come from the police: are partner agencies referring?', high: 'few referrals from the police' },
  minoritised: { low: 'victims who are Black, Asian or racially minoritised may be under-referred (compare with the area’s population)', high: 'compare with the area’s population' },
  lgbt: { low: 'LGBT+ victims may not be identified or referred', high: 'higher than nationally' },
  disabled: { low: 'disabled victims may not be identified or referred', high: 'higher than nationally' },
  male: { low: 'male victims may not be identified or referred', high: 'check that the victim and the perpetrator have been identified correctly' },
  aged16to17: { low: 'young victims (16 and 17) may not be identified or referred', high: 'higher than nationally: are children’s services involved?' },
};

export function compareWithNational(f: DatasetFigures, n: NationalFigures): Comparison[] {
  const rows: [FigureKey, number | null, number, Comparison['unit']][] = [
    ['casesPer10kWomen', f.casesPer10kWomen, n.casesPer10kWomen, 'per 10,000'],
    ['repeatRate', f.repeats.percent, n.repeatRate, '%'],
    ['partnerReferrals', f.partnerReferrals.percent, n.partnerReferrals, '%'],
    ['minoritised', f.minoritised.percent, n.minoritised, '%'],
    ['lgbt', f.lgbt.percent, n.lgbt, '%'],
    ['disabled', f.disabled.percent, n.disabled, '%'],
    ['male', f.male.percent, n.male, '%'],
    ['aged16to17', f.aged16to17.percent, n.aged16to17, '%'],
  ];
  return rows.map(([key, area, national, unit]) => {
    let note: string | null = null;
    if (area !== null && f.casesDiscussed >= MIN_CASES_FOR_NOTES) {
      const lowBar = key === 'casesPer10kWomen' ? n.recommendedCasesPer10kWomen * 0.75 : national * 0.5;
      const name = key === 'repeatRate' ? 'Repeat rate' : labels[key];
      if (area < lowBar) note = `${name} ${formatted(area, unit)}: ${meanings[key].low}`;
      else if (area > national * 1.5) note = `${name} ${formatted(area, unit)}: ${meanings[key].high}`;
    }
    return { key, label: labels[key], area, national, unit, note };
  });
}
