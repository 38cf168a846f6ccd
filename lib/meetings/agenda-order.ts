import { sectionOf, type AgendaSection } from './agenda-section';

/** What the agenda order looks at for each case. */
export interface AgendaCandidate {
  caseId: string;
  children: number;
  repeat: boolean;
  riskScore: number;
  /** When the case's latest referral was accepted: the older waits less long. */
  acceptedAt: Date;
}

/**
 * The suggested order of new cases: cases with children first (children's agencies may then leave),
 * then adult-only cases; within each group, highest risk first, then the longest waiting.
 */
export function orderAgenda<T extends AgendaCandidate>(candidates: readonly T[]): (T & { section: AgendaSection })[] {
  return candidates
    .map((c) => ({ ...c, section: sectionOf(c.children) }))
    .sort(
      (a, b) =>
        (a.section === b.section ? 0 : a.section === 'children' ? -1 : 1) ||
        b.riskScore - a.riskScore ||
        a.acceptedAt.getTime() - b.acceptedAt.getTime() ||
        a.caseId.localeCompare(b.caseId),
    );
}

export interface Capacity {
  cases: number;
  limit: number;
  over: boolean;
  /** Expected running time of the cases, in minutes. */
  expectedMinutes: number;
}

export function capacityOf(cases: number, settings: { casesPerMeeting: number; minutesPerCase: number }): Capacity {
  return { cases, limit: settings.casesPerMeeting, over: cases > settings.casesPerMeeting, expectedMinutes: cases * settings.minutesPerCase };
}

/** "2 hours 40 minutes", "50 minutes". */
export function describeMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const parts = [hours ? `${hours} hour${hours === 1 ? '' : 's'}` : '', minutes || !hours ? `${minutes} minute${minutes === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ');
}
