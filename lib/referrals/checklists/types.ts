/** The answers a practitioner can record for each checklist question. */
export const answers = ['yes', 'no', 'dont_know', 'not_asked'] as const;
export type Answer = (typeof answers)[number];
export const answerLabels: Record<Answer, string> = { yes: 'Yes', no: 'No', dont_know: 'Don’t know', not_asked: 'Not asked' };

export interface ChecklistQuestion {
  /** Stable key used in stored answers, e.g. 'q1' … 'q24' (risk) or 's1' … 's11' (stalking). */
  id: string;
  /** 1-based position. */
  number: number;
  /** The question as the referrer asks or records it, in our own words. */
  text: string;
  /** A few words for tables and summaries. */
  shortLabel: string;
  /** One or two sentences of guidance for the practitioner: what counts, what to note. */
  help: string;
}

export interface ChecklistDefinition {
  /** E.g. 'risk-24@1', 'stalking-11@1': stored with each assessment. */
  id: string;
  kind: 'risk' | 'stalking';
  version: number;
  title: string;
  /** ISO date. */
  publishedOn: string;
  questions: readonly ChecklistQuestion[];
}
