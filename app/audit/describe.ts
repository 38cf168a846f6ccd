// An audit event in words, the same on the page and in its CSV download: who did it, what, about which
// record, and how it ended. Names and numbers only; the log itself holds ids.
import { auditActionLabel, auditDetailLabel, auditOutcomeLabels, auditResourceLabel } from '@/lib/audit/labels';
import type { AuditOutcome } from '@/db/enums';
import { referralReference } from '@/lib/referrals/reference';
import { roleLabels } from '@/lib/users/labels';
import { formatDateTime } from '../_lib/format';

interface Actor {
  userId: string | null;
  userName: string | null;
  agencyName: string | null;
  role: string | null;
}

/** Who did it: their name; the app itself for a scheduled job; an unknown email at sign-in. */
export function actorName({ userName, userId, role }: Actor): string {
  return userName ?? userId ?? (role === 'system' ? 'Marac Hub (the system)' : 'No user (unknown email)');
}

export function roleLabel(role: string | null): string {
  if (!role || role === 'system') return '';
  return roleLabels[role as keyof typeof roleLabels] ?? role;
}

/** Their agency and role, as the second line under a name: "Kestrel Vale Police · Agency representative". */
export function actorDetail(actor: Actor): string {
  if (actor.role === 'system') return '';
  return [actor.agencyName, roleLabel(actor.role)].filter(Boolean).join(' · ');
}

interface CaseEvent {
  action: string;
  resourceType: string;
  resourceId: string | null;
  meetingStartsAt: Date | null;
  casesShown: number;
}

/**
 * Which record of the case an event touched, in words: the case record itself, a referral by its
 * reference, an agenda, research or minutes by their meeting's date, and how many cases a page showed.
 */
export function caseEventRecord(e: CaseEvent): string {
  const meeting = e.meetingStartsAt ? `the meeting of ${formatDateTime(e.meetingStartsAt)}` : 'a meeting';
  const shown = e.casesShown > 1 ? ` (${e.casesShown} cases shown)` : '';
  switch (e.resourceType) {
    case 'case':
      return 'The case record';
    case 'referral':
      return e.resourceId ? `Referral ${referralReference(e.resourceId)}` : 'A referral';
    case 'meeting':
      if (e.action.startsWith('minutes.')) return `Minutes of ${meeting}${shown}`;
      if (e.action.startsWith('agenda.')) return `Agenda of ${meeting}${shown}`;
      return `${meeting.charAt(0).toUpperCase()}${meeting.slice(1)}${shown}`;
    case 'agenda_item':
      return e.action.startsWith('research.') ? `Research for ${meeting}` : `The case at ${meeting}`;
    case 'action_item':
      return 'An action on the case';
    case 'audit_event':
      return 'The audit log, filtered by this case';
    default:
      return auditResourceLabel(e.resourceType);
  }
}

export const actionText = (action: string) => auditActionLabel(action);

/** The tag colour of an outcome, the same in every list. */
export const outcomeColour = { allowed: 'green', denied: 'red', error: 'orange' } as const;

export function outcomeText(outcome: string): string {
  return auditOutcomeLabels[outcome as AuditOutcome] ?? outcome;
}

/** The outcome's reason code in words ("Answered “not found”"), or '' when there is none. */
export function detailText(detail: string | null): string {
  return detail ? auditDetailLabel(detail) : '';
}

interface LogEvent {
  resourceType: string;
  resourceId: string | null;
  subjectUserName: string | null;
  caseNumber: string | null;
  casesShown: number;
}

/** What an event of the audit log was about, in words: "Case KV-2026-0007", "User: Sam Okafor", "Meeting · 3 cases shown". */
export function auditEventRecord(e: LogEvent): string {
  if (e.resourceType === 'case') return `Case ${e.caseNumber ?? e.resourceId ?? ''}`.trim();
  const parts = [`${auditResourceLabel(e.resourceType)}${e.subjectUserName ? `: ${e.subjectUserName}` : ''}`];
  if (e.caseNumber) parts.push(`Case ${e.caseNumber}`);
  if (e.casesShown) parts.push(e.casesShown === 1 ? '1 case shown' : `${e.casesShown} cases shown`);
  return parts.join(' · ');
}
