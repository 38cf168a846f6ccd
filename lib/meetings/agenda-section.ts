// Which section of an agenda a case is heard in. The one definition of "has children", used wherever
// an agenda, a meeting or its minutes puts cases in order, and beside the count they show: a case has
// children when the case's accepted referrals count any child in the household (the `children` of
// lib/cases/summary.ts, read at the time the agenda is shown, so a later referral moves the case).

export type AgendaSection = 'children' | 'adults';
export const agendaSectionOrder: readonly AgendaSection[] = ['children', 'adults'];

export function hasChildren(children: number): boolean {
  return children > 0;
}

export function sectionOf(children: number): AgendaSection {
  return hasChildren(children) ? 'children' : 'adults';
}

/** Cases with children first, then adult-only cases; each in its agenda position. */
export function inAgendaOrder<T extends { children: number; position: number }>(items: readonly T[]): (T & { section: AgendaSection })[] {
  return items
    .map((item) => ({ ...item, section: sectionOf(item.children) }))
    .sort((a, b) => agendaSectionOrder.indexOf(a.section) - agendaSectionOrder.indexOf(b.section) || a.position - b.position);
}
