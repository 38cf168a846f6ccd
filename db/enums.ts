// The values of the database's enums, for the schema (db/schema) and for code that must not load
// the database layer: forms and other client modules, and the zod schemas they share with the server.
// Nothing is imported here.

export const actionItemStatuses = ['open', 'in_progress', 'completed', 'not_possible', 'not_done'] as const;
export type ActionItemStatus = (typeof actionItemStatuses)[number];

export const agencyTypes = [
  'police',
  'idva',
  'housing',
  'childrens_social_care',
  'adult_social_care',
  'health',
  'probation',
  'mental_health',
  'substance_misuse',
  'education',
  'other',
] as const;
export type AgencyType = (typeof agencyTypes)[number];

export const auditOutcomes = ['allowed', 'denied', 'error'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

export const caseStatuses = ['open', 'closed'] as const;

export const meetingStatuses = ['scheduled', 'agenda_published', 'held', 'finalised', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const attendanceStatuses = ['present', 'apologies_info_sent', 'apologies_no_info'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const notificationKinds = [
  'minutes_circulated',
  'action_assigned',
  'referral_returned',
  'research_requested',
  'action_due_soon',
  'action_overdue',
  // A user of another agency revealed the protected details of a case: told to its referrers and the IDVA service.
  'protected_details_revealed',
  // A user went over the daily number of reveals and was refused: told to the area's coordinators.
  'reveal_limit_reached',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/**
 * Where a notification's email stands. Null: no email (mail is not set up, or the user chose not to
 * have this kind). A delivery run claims pending rows (sending), then marks them sent or, after the
 * last attempt, failed.
 */
export const emailStates = ['pending', 'sending', 'sent', 'failed'] as const;

export const referralStatuses = ['draft', 'submitted', 'returned', 'accepted', 'declined'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export const matchKinds = ['victim', 'perpetrator'] as const;

export const matchDecisions = ['pending', 'confirmed', 'rejected'] as const;

export const sessionEndReasons = ['signed_out', 'ended_by_admin', 'user_disabled', 'ended_by_user'] as const;

export const roles = ['admin', 'coordinator', 'chair', 'agency', 'ig_lead'] as const;
export type Role = (typeof roles)[number];
