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
  // The national dataset's referral routes (issue 16). `health` stays for agencies made before them;
  // the dataset counts it as secondary or acute care (decision 0021).
  'primary_care',
  'secondary_care',
  'voluntary_sector',
  'mash',
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
  // A platform data-preservation request still awaiting the platform is 15 days or fewer from its deadline: told to the case's police users.
  'preservation_deadline_near',
  // The daily check of the audit log found an area's chain of events broken: told to its administrators and IG leads.
  'audit_chain_broken',
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

/** `steering_group`: reads the area's MARAC dataset and its exports, and no case content (issue 16). */
export const roles = ['admin', 'coordinator', 'chair', 'agency', 'ig_lead', 'steering_group'] as const;
export type Role = (typeof roles)[number];

// Stalking casework (issue 13). Labels for users are in lib/stalking/labels.ts.

/** How an incident reached the victim. `social_media` and `messaging_app` name their platform. */
export const incidentChannels = [
  'in_person',
  'phone_call',
  'text_message',
  'email',
  'social_media',
  'messaging_app',
  'tracking_device',
  'third_party',
  'property_damage',
  'other',
] as const;
export type IncidentChannel = (typeof incidentChannels)[number];

/** The examples of stalking behaviour in the Protection from Harassment Act 1997 s2A(3), with threats and acts by proxy. */
export const stalkingBehaviours = [
  'following',
  'contacting',
  'publishing',
  'monitoring',
  'loitering',
  'interfering_with_property',
  'watching',
  'threats',
  'by_proxy',
] as const;
export type StalkingBehaviour = (typeof stalkingBehaviours)[number];

/**
 * How sure the "when" of an incident is: an exact date and time; a day without a time; between two
 * moments; or about a date (the victim remembers roughly when).
 */
export const occurredPrecisions = ['exact', 'day', 'range', 'about'] as const;
export type OccurredPrecision = (typeof occurredPrecisions)[number];

/** How the police have recorded the crime on a case. */
export const crimeRecordings = [
  'not_recorded',
  'harassment_s2',
  'stalking_s2a',
  'fear_of_violence_s4',
  'stalking_s4a',
  'coercive_control_s76',
  'malicious_communications',
  'other',
] as const;
export type CrimeRecording = (typeof crimeRecordings)[number];

/** The recordings that are a stalking offence: any other, with a course of conduct of stalking, prompts a review. */
export const stalkingRecordings = ['stalking_s2a', 'stalking_s4a'] as const satisfies readonly CrimeRecording[];

/** A police user's answer to the prompt to review the recording: changed it, or kept it with a reason. */
export const crimeRecordingReviewAnswers = ['changed', 'kept'] as const;

export const protectiveOrderTypes = [
  'spo_interim',
  'spo_full',
  'restraining_order_conviction',
  'restraining_order_acquittal',
  'pha_injunction',
  'non_molestation_order',
  'occupation_order',
  'dvpn',
  'dvpo',
  'dapn',
  'dapo',
] as const;
export type ProtectiveOrderType = (typeof protectiveOrderTypes)[number];

/** What happened to an order, kept as its history; `subject_notified`: an SPO's subject gave the police their names and address. */
export const orderEventKinds = ['applied', 'made', 'served', 'varied', 'renewed', 'discharged', 'subject_notified'] as const;
export type OrderEventKind = (typeof orderEventKinds)[number];

export const preservationStatuses = ['drafted', 'sent', 'acknowledged', 'preserved', 'disclosed', 'expired'] as const;
export type PreservationStatus = (typeof preservationStatuses)[number];

export const safetyItemStatuses = ['not_started', 'in_progress', 'done', 'not_applicable'] as const;
export type SafetyItemStatus = (typeof safetyItemStatuses)[number];
