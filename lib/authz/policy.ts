import type { Role } from '@/db/enums';

/** After a meeting, its listed cases stay open to the area's agencies this long (to act on the minutes). */
export const LISTED_ACCESS_DAYS = 28;
/** An agency that owns an action on a case may open the case while the action is open, and this long after it closes. */
export const ACTION_ACCESS_DAYS = 28;

/**
 * How the viewer must stand to the record for a rule to apply. Each relation is defined once: the
 * record relations in ./index.ts (`holds`), the case relations also in SQL in ./cases.ts, from which
 * both the check of one case and the filter of a list are built.
 */
export const relations = {
  any: 'every record the action can reach',
  same_area: 'the record belongs to the viewer’s MARAC area',
  self: 'the record is the viewer’s own (their user, their session)',
  own_agency: 'the record belongs to the viewer’s agency (a referral it made, an action it owns)',
  referrer: 'the viewer’s agency referred the case (alone, or jointly with the referring agency)',
  listed: `the case is on a published agenda of the area: from publication until ${LISTED_ACCESS_DAYS} days after the meeting`,
  action_owner: `the viewer’s agency owns an action on the case that is still to do, or closed within ${ACTION_ACCESS_DAYS} days`,
  protective_service: 'the viewer’s agency is the area’s IDVA service or the police (for a victim’s safe contact details)',
  police: 'the viewer’s agency is the area’s police (for the original of an evidence file, with its metadata)',
} as const;

export type Relation = keyof typeof relations;

/** The relations by which an agency has a part in a case; each is a reason to open it. */
const hasPartInCase = ['referrer', 'listed', 'action_owner'] as const satisfies readonly Relation[];

/**
 * The one policy table: for each action, which roles may do it and in which relation to the record.
 * A role missing from an action's row may not do it at all. Every lib/ verb asks `can` or `assertCan`
 * (and lists ask ./cases.ts, which reads the same rows); pages and navigation ask the same table.
 */
const table = {
  'dashboard.view': { admin: ['any'], coordinator: ['any'], chair: ['any'], agency: ['any'], ig_lead: ['any'], steering_group: ['any'] },
  'user.list': { admin: ['same_area'] },
  'user.view': { admin: ['same_area'], coordinator: ['self'], chair: ['self'], agency: ['self'], ig_lead: ['self'], steering_group: ['self'] },
  'user.create': { admin: ['same_area'] },
  'user.update': { admin: ['same_area'] },
  'user.disable': { admin: ['same_area'] },
  'user.enable': { admin: ['same_area'] },
  'user.issue_setup_link': { admin: ['same_area'] },
  // A lost authenticator app: the key and recovery codes removed, the user's sessions ended.
  'user.reset_mfa': { admin: ['same_area'] },
  'session.list': { admin: ['same_area'], coordinator: ['self'], chair: ['self'], agency: ['self'], ig_lead: ['self'], steering_group: ['self'] },
  'session.end': { admin: ['same_area'], coordinator: ['self'], chair: ['self'], agency: ['self'], ig_lead: ['self'], steering_group: ['self'] },
  'email_prefs.edit': { admin: ['self'], coordinator: ['self'], chair: ['self'], agency: ['self'], ig_lead: ['self'], steering_group: ['self'] },
  'notification.list': { admin: ['self'], coordinator: ['self'], chair: ['self'], agency: ['self'], ig_lead: ['self'], steering_group: ['self'] },
  'notification.open': { admin: ['self'], coordinator: ['self'], chair: ['self'], agency: ['self'], ig_lead: ['self'], steering_group: ['self'] },
  // The running of the service: the mail queue and the service's own health.
  'service.status': { admin: ['same_area'] },
  'agency.list': { admin: ['same_area'], coordinator: ['same_area'], chair: ['same_area'] },
  'agency.create': { admin: ['same_area'] },
  'agency.update': { admin: ['same_area'] },
  // The information-governance lead reads the audit data of the area, and no case content.
  'audit.list': { admin: ['same_area'], coordinator: ['same_area'], ig_lead: ['same_area'] },
  'audit.export': { admin: ['same_area'], coordinator: ['same_area'], ig_lead: ['same_area'] },
  // Events that belong to no area (sign-in attempts with an unknown email address).
  'audit.list_unattributed': { admin: ['any'] },
  // People's records: administrators run the service and see none of them.
  'referral.create': { coordinator: ['any'], chair: ['any'], agency: ['any'] },
  'referral.view': { coordinator: ['same_area'], chair: ['same_area'], agency: ['own_agency'] },
  'referral.edit': { coordinator: ['own_agency'], chair: ['own_agency'], agency: ['own_agency'] },
  'referral.screen': { coordinator: ['same_area'] },
  // A victim's address, phone, safe times and safe contacts, without revealing them (record: the referral).
  'referral.see_protected': {
    coordinator: ['own_agency', 'protective_service'],
    chair: ['own_agency', 'protective_service'],
    agency: ['own_agency', 'protective_service'],
  },
  'case.list': { coordinator: ['same_area'], chair: ['same_area'], agency: hasPartInCase },
  'case.view': { coordinator: ['same_area'], chair: ['same_area'], agency: hasPartInCase },
  // The case's action plan as a PDF: those who see the case, with a recent code (step-up).
  'case.export_action_plan': { coordinator: ['same_area'], chair: ['same_area'], agency: hasPartInCase },
  'case.reveal_protected': { coordinator: ['same_area'], chair: ['same_area'], agency: hasPartInCase },
  // Who has seen a case (its audit events), by its number: no case content.
  'case.access_log': { coordinator: ['same_area'], ig_lead: ['same_area'] },
  // Meetings: agencies see an agenda once it is published (the verbs check that), and of its cases
  // only those they may see (case.view); the others show their case number alone.
  'area.meeting_settings': { coordinator: ['same_area'] },
  'meeting.list': { coordinator: ['same_area'], chair: ['same_area'], agency: ['same_area'] },
  'meeting.schedule': { coordinator: ['same_area'] },
  'agenda.view': { coordinator: ['same_area'], chair: ['same_area'], agency: ['same_area'] },
  'agenda.edit': { coordinator: ['same_area'] },
  'research.view': { coordinator: ['same_area'], chair: ['same_area'], agency: ['same_area'] },
  'research.record': { coordinator: ['same_area'], chair: ['same_area'], agency: ['same_area'] },
  'meeting.attend': { coordinator: ['same_area'], chair: ['same_area'], agency: ['same_area'] },
  'meeting.run': { coordinator: ['same_area'], chair: ['same_area'] },
  'minutes.finalise': { coordinator: ['same_area'] },
  // The final minutes as a PDF (step-up): those who may attend the meeting.
  'minutes.export': { coordinator: ['same_area'], chair: ['same_area'], agency: ['same_area'] },
  // Agreed actions: each belongs to one agency, which works it; the coordinator follows them all up.
  'action_item.list_all': { coordinator: ['same_area'], chair: ['same_area'] },
  // The escalation list as a CSV file (step-up).
  'action_item.export': { coordinator: ['same_area'], chair: ['same_area'] },
  'action_item.view': { coordinator: ['same_area'], chair: ['same_area'], agency: ['own_agency'] },
  'action_item.update': { coordinator: ['same_area'], chair: ['own_agency'], agency: ['own_agency'] },
  'action_item.reassign': { coordinator: ['same_area'] },
  // The incident and evidence log of a case. Every incident verb first loads the case for
  // `incident.view` (those who may see the case see its log, and no one else: "not found"); the rows
  // below then say what each may do in it. Any agency with a part in the case records entries and
  // attaches evidence, the coordinators and chairs of the area too; an entry is corrected or withdrawn
  // by the agency that first recorded it, or by a coordinator.
  'incident.view': { coordinator: ['same_area'], chair: ['same_area'], agency: hasPartInCase },
  'incident.record': { coordinator: ['same_area'], chair: ['same_area'], agency: hasPartInCase },
  'incident.correct': { coordinator: ['same_area'], chair: ['own_agency'], agency: ['own_agency'] },
  'incident.withdraw': { coordinator: ['same_area'], chair: ['own_agency'], agency: ['own_agency'] },
  // Any export of the log (PDF or CSV): those who see the log, with a recent code (step-up).
  'incident.export': { coordinator: ['same_area'], chair: ['same_area'], agency: hasPartInCase },
  'incident.attach': { coordinator: ['same_area'], chair: ['same_area'], agency: hasPartInCase },
  // The copy of a file served to those who see the case: an image without its EXIF and GPS.
  'attachment.download': { coordinator: ['same_area'], chair: ['same_area'], agency: hasPartInCase },
  // The original, byte for byte, with a recorded reason: the police only (of those who see the case).
  'attachment.download_original': { coordinator: ['police'], chair: ['police'], agency: ['police'] },
  // How the police recorded the crime on a case, and the review of a recording that is not stalking
  // while the log shows a course of stalking conduct. Every verb first loads the case for
  // `crime_recording.view` (those who see the case see the recording; others: "not found"); only the
  // police of the area, among them, change it or answer the review.
  'crime_recording.view': { coordinator: ['same_area'], chair: ['same_area'], agency: hasPartInCase },
  'crime_recording.record': { coordinator: ['police'], chair: ['police'], agency: ['police'] },
  'crime_recording.review': { coordinator: ['police'], chair: ['police'], agency: ['police'] },
  // The protective orders register of a case. Every order verb first loads the case for `order.view`
  // (those who see the case see its orders; others: "not found"). The area's coordinators, and any
  // agency with a part in the case (its chair's included), record orders and what happens to them
  // (service, variation, renewal, discharge, the SPO subject's notification). `order.alerts`: the
  // home page's panels of orders expiring, SPO notifications missed and breaches since the last
  // MARAC, for the same people, over the cases they reach by it.
  'order.view': { coordinator: ['same_area'], chair: ['same_area'], agency: hasPartInCase },
  'order.record': { coordinator: ['same_area'], chair: hasPartInCase, agency: hasPartInCase },
  'order.update': { coordinator: ['same_area'], chair: hasPartInCase, agency: hasPartInCase },
  'order.alerts': { coordinator: ['same_area'], chair: hasPartInCase, agency: hasPartInCase },
  // The log exported with the victim's protected contact details, with a recorded reason: the police
  // only (of those who see the case, as every export of the log is).
  'incident.export_protected': { coordinator: ['police'], chair: ['police'], agency: ['police'] },
  // Requests to platforms to preserve an account's data. Every preservation verb first loads the case
  // for `preservation.view` (those who may see the case see its requests; anyone else: "not found");
  // of those, the police record and update them (they are the ones who send them), and are the ones
  // told by the daily job when a deadline is near.
  'preservation.view': { coordinator: ['same_area'], chair: ['same_area'], agency: hasPartInCase },
  'preservation.record': { coordinator: ['police'], chair: ['police'], agency: ['police'] },
  'preservation.update': { coordinator: ['police'], chair: ['police'], agency: ['police'] },
  // The digital safety plan the IDVA works through with the victim: seen by those who see the case,
  // updated by the agencies with a part in the case (the IDVA among them) and the area's coordinators.
  'safety_plan.view': { coordinator: ['same_area'], chair: ['same_area'], agency: hasPartInCase },
  'safety_plan.update': { coordinator: ['same_area'], agency: hasPartInCase },
  // The support directory: the national helplines and the area's own services, no personal data.
  // Everyone of the area may read it (to print it for a victim); the area's admins keep its services.
  'support_service.view': { admin: ['same_area'], coordinator: ['same_area'], chair: ['same_area'], agency: ['same_area'], ig_lead: ['same_area'] },
  'support_service.edit': { admin: ['same_area'] },
  // The area's own settings an administrator keeps: its female population aged 16 and over (for the dataset).
  'area.settings_view': { admin: ['same_area'] },
  'area.settings': { admin: ['same_area'] },
  // The MARAC dataset (issue 16): counts of the area's work, no case content. The coordinators, chairs
  // and IG lead of the area read it, and the read-only steering group, which sees nothing else;
  // `dataset.export`: the quarter's return as CSV and the steering group's PDF (step-up).
  'dataset.view': { coordinator: ['same_area'], chair: ['same_area'], ig_lead: ['same_area'], steering_group: ['same_area'] },
  'dataset.export': { coordinator: ['same_area'], chair: ['same_area'], ig_lead: ['same_area'], steering_group: ['same_area'] },
} as const satisfies Record<string, Partial<Record<Role, readonly Relation[]>>>;

export type Action = keyof typeof table;

/** Minutes a code stays fresh for the actions below (step-up, decision 0016). */
export const STEP_UP_MINUTES = 10;

/**
 * Actions that need a code given in the last STEP_UP_MINUTES, whoever may do them: revealing a victim's
 * protected details, every export and evidence download, every change an administrator makes.
 * `assertCan` refuses them with StepUpRequired otherwise; the app asks for the code (/step-up) and
 * comes back.
 */
export const stepUpActions: ReadonlySet<Action> = new Set<Action>([
  'case.reveal_protected',
  'incident.export',
  'case.export_action_plan',
  'action_item.export',
  'minutes.export',
  'incident.export_protected',
  'attachment.download',
  'attachment.download_original',
  'audit.export',
  'user.create',
  'user.update',
  'user.disable',
  'user.enable',
  'user.issue_setup_link',
  'user.reset_mfa',
  'agency.create',
  'agency.update',
  'support_service.edit',
  'area.settings',
  'dataset.export',
]);

export const policy: Record<Action, Partial<Record<Role, readonly Relation[]>>> = table;

export const actions = Object.keys(policy) as Action[];
