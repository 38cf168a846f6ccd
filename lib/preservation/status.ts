import type { PreservationStatus } from '@/db/enums';
import { daysAfter } from '@/lib/dates/calendar-date';

// What a platform data-preservation request's status and deadline mean, said once. The SQL form is in
// ./status-sql.ts. Dates are UK days as YYYY-MM-DD. This module imports no server code.

/** A preservation lasts this long from the day the request is sent, and one extension adds as much again. */
export const preservationDays = 90;

/** A request still waiting on the platform this many days before its deadline is flagged to the police. */
export const flagDaysBeforeDeadline = 15;

/** Still waiting on the platform: the data could yet be lost. */
export const awaitingStatuses = ['drafted', 'sent', 'acknowledged'] as const satisfies readonly PreservationStatus[];

export function isAwaiting(status: PreservationStatus): boolean {
  return (awaitingStatuses as readonly PreservationStatus[]).includes(status);
}

/** The default deadline for a request sent on a day. */
export function deadlineFromSent(sentOn: string): string {
  return daysAfter(sentOn, preservationDays);
}

/** The deadline after the one extension. */
export function extendedDeadline(deadlineOn: string): string {
  return daysAfter(deadlineOn, preservationDays);
}

/** Awaiting the platform with its deadline 15 days away or fewer (or already past). */
export function isDeadlineNear(request: { status: PreservationStatus; deadlineOn: string | null }, today: string): boolean {
  return isAwaiting(request.status) && request.deadlineOn !== null && request.deadlineOn <= daysAfter(today, flagDaysBeforeDeadline);
}

/** Where a request may go from each status: forward only, and "expired" from anywhere the data was not yet disclosed. */
export const nextStatuses: Record<PreservationStatus, readonly PreservationStatus[]> = {
  drafted: ['sent'],
  sent: ['acknowledged', 'preserved', 'expired'],
  acknowledged: ['preserved', 'expired'],
  preserved: ['disclosed', 'expired'],
  disclosed: [],
  expired: [],
};

/** The statuses a request may be recorded in: written and not yet sent, or already sent. */
export const firstStatuses = ['drafted', 'sent'] as const satisfies readonly PreservationStatus[];

/** Statuses in which the platform holds the data for a time, which the one extension lengthens. */
export const extendableStatuses: readonly PreservationStatus[] = ['sent', 'acknowledged', 'preserved'];
