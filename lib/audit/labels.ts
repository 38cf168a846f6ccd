import type { AuditOutcome } from '@/db/enums';

/**
 * The audit log's codes in words, for the people who read the log. Every action code the code writes
 * (an `action:` of recordAudit, and every policy action, which a refusal records) has a label here;
 * lib/audit/labels.test.ts fails when one is missing.
 */
export const auditActionLabels = {
  // Written before sign-in throttling replaced the lockout (decision 0017); kept for older events.
  'account.locked': 'Account locked after failed sign-ins',
  'action_item.create': 'Agreed an action',
  'action_item.escalation_export': 'Downloaded the escalation list',
  'action_item.export': 'Asked for the escalation list as a file',
  'action_item.escalation_view': 'Viewed the escalation list',
  'action_item.list': 'Viewed the action board',
  'action_item.list_all': 'Viewed every agency’s actions',
  'action_item.owner_choices': 'Viewed the people an action can be given to',
  'action_item.reassign': 'Gave an action to another owner',
  'action_item.review': 'Recorded why an action was not completed',
  'action_item.update': 'Updated an action',
  'action_item.view': 'Viewed an action',
  'case.export_action_plan': 'Asked for a case’s action plan as a PDF',
  'agency.create': 'Added an agency',
  'agency.list': 'Viewed the list of agencies',
  'agency.update': 'Changed an agency',
  'agency.view': 'Viewed an agency',
  'agenda.add_case': 'Added a case to an agenda',
  'agenda.build': 'Listed the waiting cases on an agenda',
  'agenda.defer': 'Deferred a case to a later meeting',
  'agenda.edit': 'Changed an agenda',
  'agenda.publish': 'Published an agenda',
  'agenda.reorder': 'Moved a case on an agenda',
  'agenda.view': 'Viewed an agenda',
  'area.create': 'Set up a new area',
  'area.meeting_settings': 'Changed the meeting settings',
  'area.settings': 'Changed the area settings',
  'area.settings_view': 'Viewed the area settings',
  'attachment.download': 'Downloaded an evidence file',
  'attachment.download_original': 'Downloaded the original of an evidence file, with its metadata',
  'audit.chain_broken': 'Found the audit log changed or incomplete (the daily check)',
  'audit.export': 'Downloaded the audit log',
  'audit.list': 'Viewed the audit log',
  'audit.list_unattributed': 'Viewed sign-in attempts that belong to no area',
  'audit.user_activity': 'Viewed everything a user touched',
  'case.access_log': 'Viewed who has seen a case',
  'case.access_log_export': 'Downloaded who has seen a case',
  'case.action_plan_pdf': 'Downloaded a case’s action plan',
  'case.add_referral': 'Added a referral to a case',
  'case.create': 'Opened a case',
  'case.list': 'Viewed the list of cases',
  'case.reveal_protected': 'Revealed protected details',
  'case.view': 'Viewed a case',
  'crime_recording.record': 'Changed how the police recorded the crime on a case',
  'crime_recording.review': 'Reviewed how the police recorded the crime on a case',
  'crime_recording.view': 'Viewed how the police recorded the crime on a case',
  'dashboard.view': 'Viewed the home page',
  'dataset.export': 'Asked for the MARAC dataset as a file',
  'dataset.export_csv': 'Downloaded the MARAC dataset’s quarterly return (CSV)',
  'dataset.export_pdf': 'Downloaded the MARAC dataset for the steering group (PDF)',
  'dataset.view': 'Viewed the MARAC dataset',
  'email_prefs.edit': 'Changed email choices',
  'email_prefs.update': 'Changed email choices',
  'incident.attach': 'Attached an evidence file to an incident',
  'incident.correct': 'Corrected an incident',
  'incident.export': 'Exported a case’s incident log',
  'incident.export_protected': 'Exported a case’s incident log with the victim’s contact details',
  'incident.list': 'Viewed a case’s incident log',
  'incident.pattern': 'Viewed a case’s course of conduct',
  'incident.record': 'Recorded an incident',
  'incident.view': 'Viewed an incident',
  'incident.withdraw': 'Withdrew an incident',
  'meeting.attend': 'Joined a meeting',
  'meeting.case_shown': 'Viewed a case at a meeting',
  'meeting.confirm_confidentiality': 'Confirmed the confidentiality statement',
  'meeting.list': 'Viewed the list of meetings',
  'meeting.open': 'Opened a meeting',
  'meeting.register': 'Took the register',
  'meeting.run': 'Ran a meeting',
  'meeting.schedule': 'Scheduled a meeting',
  'meeting.start': 'Started a meeting',
  'minutes.correct': 'Corrected the minutes',
  'minutes.finalise': 'Finalised the minutes',
  'minutes.pdf': 'Downloaded the minutes',
  'minutes.export': 'Asked for the minutes as a PDF',
  'minutes.save': 'Saved the minutes of a case',
  'minutes.view': 'Read the minutes',
  'notification.email': 'Emailed a notification',
  'notification.list': 'Viewed notifications',
  'notification.open': 'Opened a notification',
  'notification.read_all': 'Marked all notifications as read',
  'notification.send': 'Sent a notification',
  'order.alerts': 'Viewed the home page’s protective-order panels',
  'order.list': 'Viewed a case’s protective orders',
  'order.record': 'Added a protective order',
  'order.update': 'Recorded a change to a protective order',
  'order.view': 'Viewed a protective order',
  'preservation.extend': 'Recorded the extension of a preservation request',
  'preservation.list': 'Viewed a case’s preservation requests',
  'preservation.list_near': 'Viewed preservation requests near their deadline',
  'preservation.record': 'Recorded a preservation request',
  'preservation.update': 'Updated a preservation request',
  'preservation.view': 'Viewed a preservation request',
  'referral.accept': 'Accepted a referral',
  'referral.create': 'Started a referral',
  'referral.decline': 'Declined a referral',
  'referral.edit': 'Changed a referral',
  'referral.list': 'Viewed a list of referrals',
  'referral.return': 'Returned a referral with a question',
  'referral.save': 'Saved a referral',
  'referral.screen': 'Screened a referral',
  'referral.see_protected': 'Saw a victim’s protected details',
  'referral.submit': 'Submitted a referral',
  'referral.view': 'Viewed a referral',
  'research.record': 'Recorded research',
  'research.save': 'Saved research',
  'research.view': 'Viewed research',
  'safety_plan.update': 'Updated a digital safety plan',
  'safety_plan.view': 'Viewed a digital safety plan',
  'service.status': 'Viewed the service’s status',
  'session.end': 'Ended a session',
  'session.list': 'Viewed sessions',
  'session.refused': 'Used a session that had ended',
  'session.step_up': 'Gave a code again for a protected action',
  'support_service.add': 'Added a support service',
  'support_service.edit': 'Changed the support services',
  'support_service.update': 'Changed a support service',
  'support_service.view': 'Viewed the support services',
  sign_in: 'Signed in with their password (then a code)',
  'sign_in.failed': 'Failed to sign in',
  'sign_in.code': 'Signed in with a code from their authenticator app',
  'mfa.enrol': 'Set up an authenticator app',
  sign_out: 'Signed out',
  'user.create': 'Added a user',
  'user.disable': 'Disabled a user',
  'user.enable': 'Enabled a user',
  'user.issue_setup_link': 'Issued a set-up link',
  'user.list': 'Viewed the list of users',
  'user.reset_mfa': 'Reset a user’s authenticator app',
  'user.set_password': 'Set a password',
  'user.update': 'Changed a user’s access',
  'user.view': 'Viewed a user',
} as const satisfies Record<string, string>;

export type AuditActionCode = keyof typeof auditActionLabels;

/** A code with no label yet still reads as words: "case.do_thing" becomes "Case: do thing". */
function fallback(code: string): string {
  const [first, ...rest] = code.split('.');
  const words = (s: string) => s.replace(/_/g, ' ');
  const head = words(first).charAt(0).toUpperCase() + words(first).slice(1);
  return rest.length ? `${head}: ${rest.map(words).join(' ')}` : head;
}

export function auditActionLabel(code: string): string {
  return (auditActionLabels as Record<string, string>)[code] ?? fallback(code);
}

export const auditResourceLabels: Record<string, string> = {
  action_item: 'Action',
  agency: 'Agency',
  agenda_item: 'Case on an agenda',
  area: 'MARAC area',
  attachment: 'Evidence file',
  audit_event: 'Audit log',
  case: 'Case',
  dashboard: 'Home page',
  incident: 'Incident',
  meeting: 'Meeting',
  notification: 'Notification',
  preservation_request: 'Preservation request',
  referral: 'Referral',
  safety_plan_item: 'Item of a safety plan',
  session: 'Session',
  support_service: 'Support service',
  user: 'User',
};

export function auditResourceLabel(type: string): string {
  return auditResourceLabels[type] ?? fallback(type);
}

/**
 * The short codes an event's detail carries, in words where a reader needs them; any other code (such
 * as "rows_12" or "revision_2") is shown as it is.
 */
export const auditDetailLabels: Record<string, string> = {
  not_found: 'Answered “not found”',
  not_permitted: 'Not permitted for their role',
  reason_too_short: 'Reason too short',
  reason_repeated: 'Reason not in words',
  reason_copied: 'Reason copied from an earlier one',
  daily_limit: 'Over the daily limit of reveals',
  wrong_password: 'Wrong password',
  account_locked: 'Account locked',
  throttled: 'Too many failed sign-ins from this address or for this account (not checked)',
  wrong_code: 'Wrong or used code',
  totp: 'With a code from the app',
  recovery: 'With a recovery code',
  account_disabled: 'Account disabled',
  no_password_set: 'No password set yet',
  unknown_email: 'Unknown email address',
  hash_mismatch: 'Failed its integrity check (not served)',
  original: 'The original file',
  without_metadata: 'The copy without metadata',
  listed: 'Listed in the directory',
  not_listed: 'Kept out of the directory',
};

const countedDetails: [RegExp, (n: number) => string][] = [
  [/^rows_(\d+)$/, (n) => (n === 1 ? '1 row' : `${n} rows`)],
  [/^cases_(\d+)$/, (n) => (n === 1 ? '1 case' : `${n} cases`)],
  [/^revision_(\d+)$/, (n) => `Revision ${n}`],
  [/^version_(\d+)$/, (n) => `Version ${n}`],
  [/^entry_(\d+)$/, (n) => `Entry ${n}`],
];

export function auditDetailLabel(code: string): string {
  if (auditDetailLabels[code]) return auditDetailLabels[code];
  for (const [pattern, words] of countedDetails) {
    const m = pattern.exec(code);
    if (m) return words(Number(m[1]));
  }
  return code;
}

export const auditOutcomeLabels: Record<AuditOutcome, string> = {
  allowed: 'Allowed',
  denied: 'Refused',
  error: 'Failed',
};
