// The minutes of one case: its fields and their labels, in order. The one home for them, shared by
// the verbs (saving, finalising, correcting), the meeting's form, the finalised minutes page and the
// PDF. A plain module (no 'use client', no server-only) so that server and browser read the same list.

export const minuteFieldLabels = {
  informationShared: 'Information shared',
  risksToVictim: 'Risks to the victim',
  risksToChildren: 'Risks to children',
  risksToOthers: 'Risks to others',
  risksToStaff: 'Risks to staff',
  crimesDisclosed: 'Crimes disclosed (for the police to record)',
  decisions: 'Decisions',
} as const;

export type MinuteField = keyof typeof minuteFieldLabels;
export const minuteFields = Object.keys(minuteFieldLabels) as MinuteField[];

/** What a chair is told when someone else saved the same case's minutes first. */
export const minutesConflictMessage =
  'Someone else saved these minutes while you were writing. Their version is shown below and yours is still in the form: merge theirs into yours, then save.';

/** The same, for a correction of finalised minutes (the minutes page then shows theirs). */
export const correctionConflictMessage =
  'Someone else corrected these minutes while you were writing. The minutes above are now theirs and your correction is still in the form: merge theirs into yours, then save.';

export interface MinutesChange {
  agendaItemId: string;
  caseNumber: string;
  field: MinuteField;
  label: string;
  before: string | null;
  after: string | null;
}

type CaseMinutes = { agendaItemId: string; caseNumber: string; minutes: Record<string, string | null> };

/** What a correction changed: each case's minute that reads differently from one revision to the next. */
export function changedMinutes(before: readonly CaseMinutes[], after: readonly CaseMinutes[]): MinutesChange[] {
  const earlier = new Map(before.map((c) => [c.agendaItemId, c.minutes]));
  return after.flatMap((c) =>
    minuteFields
      .map((field) => ({ field, was: earlier.get(c.agendaItemId)?.[field] || null, now: c.minutes[field] || null }))
      .filter(({ was, now }) => was !== now)
      .map(({ field, was, now }) => ({ agendaItemId: c.agendaItemId, caseNumber: c.caseNumber, field, label: minuteFieldLabels[field], before: was, after: now })),
  );
}
