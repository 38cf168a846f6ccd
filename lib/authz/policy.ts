import type { Role } from '@/db/schema/users';

/**
 * How the viewer must stand to the record for a rule to apply:
 * - any: every record the action can reach;
 * - same_area: the record belongs to the viewer's MARAC area;
 * - self: the record is the viewer's own (their user, their session);
 * - own_agency: the record belongs to the viewer's agency (a referral it made);
 * - case_agency: the viewer's agency has a part in the case (it referred it; later: it holds an action
 *   on it, or the case is on an agenda being researched).
 */
export type Relation = 'any' | 'same_area' | 'self' | 'own_agency' | 'case_agency';

export type Action =
  | 'dashboard.view'
  | 'user.list'
  | 'user.view'
  | 'user.create'
  | 'user.update'
  | 'user.disable'
  | 'user.enable'
  | 'user.issue_setup_link'
  | 'session.list'
  | 'session.end'
  | 'email_prefs.edit'
  | 'agency.list'
  | 'agency.create'
  | 'agency.update'
  | 'audit.list'
  | 'audit.export'
  | 'referral.create'
  | 'referral.view'
  | 'referral.edit'
  | 'referral.screen'
  | 'case.list'
  | 'case.view'
  | 'case.reveal_protected'
  | 'case.access_log'
  | 'area.meeting_settings'
  | 'meeting.list'
  | 'meeting.schedule'
  | 'agenda.view'
  | 'agenda.edit'
  | 'research.record'
  | 'meeting.attend'
  | 'meeting.run'
  | 'minutes.finalise'
  | 'action_item.list_all'
  | 'action_item.view'
  | 'action_item.update'
  | 'action_item.reassign';

/**
 * The one policy table: for each action, which roles may do it and in which relation to the record.
 * A role missing from an action's row may not do it at all. Every lib/ verb asks `can` or `assertCan`.
 */
export const policy: Record<Action, Partial<Record<Role, readonly Relation[]>>> = {
  'dashboard.view': { admin: ['any'], coordinator: ['any'], chair: ['any'], agency: ['any'], ig_lead: ['any'] },
  'user.list': { admin: ['same_area'] },
  'user.view': { admin: ['same_area'], coordinator: ['self'], chair: ['self'], agency: ['self'], ig_lead: ['self'] },
  'user.create': { admin: ['same_area'] },
  'user.update': { admin: ['same_area'] },
  'user.disable': { admin: ['same_area'] },
  'user.enable': { admin: ['same_area'] },
  'user.issue_setup_link': { admin: ['same_area'] },
  'session.list': { admin: ['same_area'], coordinator: ['self'], chair: ['self'], agency: ['self'], ig_lead: ['self'] },
  'session.end': { admin: ['same_area'], coordinator: ['self'], chair: ['self'], agency: ['self'], ig_lead: ['self'] },
  'email_prefs.edit': { admin: ['self'], coordinator: ['self'], chair: ['self'], agency: ['self'], ig_lead: ['self'] },
  'agency.list': { admin: ['same_area'], coordinator: ['same_area'], chair: ['same_area'] },
  'agency.create': { admin: ['same_area'] },
  'agency.update': { admin: ['same_area'] },
  // The information-governance lead reads the audit data of the area, and no case content.
  'audit.list': { admin: ['same_area'], coordinator: ['same_area'], ig_lead: ['same_area'] },
  'audit.export': { admin: ['same_area'], coordinator: ['same_area'], ig_lead: ['same_area'] },
  // People's records: administrators run the service and see none of them.
  'referral.create': { coordinator: ['any'], chair: ['any'], agency: ['any'] },
  'referral.view': { coordinator: ['same_area'], chair: ['same_area'], agency: ['own_agency'] },
  'referral.edit': { coordinator: ['own_agency'], chair: ['own_agency'], agency: ['own_agency'] },
  'referral.screen': { coordinator: ['same_area'] },
  'case.list': { coordinator: ['same_area'], chair: ['same_area'], agency: ['case_agency'] },
  'case.view': { coordinator: ['same_area'], chair: ['same_area'], agency: ['case_agency'] },
  'case.reveal_protected': { coordinator: ['same_area'], chair: ['same_area'], agency: ['case_agency'] },
  // Who has seen a case (its audit events), by its number: no case content.
  'case.access_log': { coordinator: ['same_area'], ig_lead: ['same_area'] },
  // Meetings: agencies see an agenda once it is published (the verbs check that).
  'area.meeting_settings': { coordinator: ['same_area'] },
  'meeting.list': { coordinator: ['same_area'], chair: ['same_area'], agency: ['same_area'] },
  'meeting.schedule': { coordinator: ['same_area'] },
  'agenda.view': { coordinator: ['same_area'], chair: ['same_area'], agency: ['same_area'] },
  'agenda.edit': { coordinator: ['same_area'] },
  'research.record': { coordinator: ['same_area'], chair: ['same_area'], agency: ['same_area'] },
  'meeting.attend': { coordinator: ['same_area'], chair: ['same_area'], agency: ['same_area'] },
  'meeting.run': { coordinator: ['same_area'], chair: ['same_area'] },
  'minutes.finalise': { coordinator: ['same_area'] },
  // Agreed actions: each belongs to one agency, which works it; the coordinator follows them all up.
  'action_item.list_all': { coordinator: ['same_area'], chair: ['same_area'] },
  'action_item.view': { coordinator: ['same_area'], chair: ['same_area'], agency: ['own_agency'] },
  'action_item.update': { coordinator: ['same_area'], chair: ['own_agency'], agency: ['own_agency'] },
  'action_item.reassign': { coordinator: ['same_area'] },
};

export const actions = Object.keys(policy) as Action[];
