import { AccessDenied } from '@/lib/errors';
import { roles, type AgencyType, type Role } from '@/db/enums';
import { now } from '@/db/clock';
import { StepUpRequired } from '@/lib/errors';
import { policy, STEP_UP_MINUTES, stepUpActions, type Action, type Relation } from './policy';

export { policy, actions, relations, LISTED_ACCESS_DAYS, ACTION_ACCESS_DAYS, STEP_UP_MINUTES, stepUpActions, type Action, type Relation } from './policy';

/** The part of the viewer the policy looks at. */
export interface Subject {
  userId: string;
  role: Role;
  areaId: string;
  agencyId: string;
  agencyType?: AgencyType;
  /** When the viewer last gave a code (TOTP or recovery) in this session; the step-up actions read it. */
  lastCodeAt?: Date | null;
}

/** The relations to a case that hold for one viewer (./cases.ts finds them). */
export type CaseRelation = Extract<Relation, 'referrer' | 'listed' | 'action_owner'>;

/** The part of the record the policy looks at; leave out what the record does not have. */
export interface Target {
  areaId?: string | null;
  userId?: string | null;
  /** The agency the record belongs to (a referral's referring agency, an action's owner). */
  agencyId?: string | null;
  /** For a case: the viewer's relations to it, as ./cases.ts found them. */
  caseRelations?: readonly CaseRelation[];
}

/** Agencies that see a victim's safe contact details without revealing them. */
const protectiveServices: readonly AgencyType[] = ['idva', 'police'];

/**
 * Records about people, and records that are one person's own (a session, a notification): a refusal
 * answers "not found", so it never confirms the record exists. The area's dataset too: to those who
 * may not read it, it is not there.
 */
const needToKnow = new Set(['referral', 'case', 'incident', 'attachment', 'protective_order', 'preservation_request', 'session', 'notification', 'dataset']);

/** Whether one relation holds between the viewer and the record. */
export function holds(relation: Relation, subject: Subject, target: Target): boolean {
  const inArea = target.areaId != null && target.areaId === subject.areaId;
  switch (relation) {
    case 'any':
      return true;
    case 'same_area':
      return inArea;
    case 'self':
      return target.userId != null && target.userId === subject.userId;
    case 'own_agency':
      return inArea && target.agencyId != null && target.agencyId === subject.agencyId;
    case 'referrer':
    case 'listed':
    case 'action_owner':
      return inArea && (target.caseRelations ?? []).includes(relation);
    case 'protective_service':
      return inArea && subject.agencyType != null && protectiveServices.includes(subject.agencyType);
    case 'police':
      return inArea && subject.agencyType === 'police';
  }
}

/** The relations in which the viewer's role may do the action (none: it may not do it at all). */
export function relationsFor(subject: Pick<Subject, 'role'>, action: Action): readonly Relation[] {
  return policy[action][subject.role] ?? [];
}

export function can(subject: Subject, action: Action, target: Target = {}): boolean {
  return relationsFor(subject, action).some((r) => holds(r, subject, target));
}

/** The roles that may do the action to some record (the people to offer as a meeting's chair, say). */
export function rolesThatMay(action: Action): Role[] {
  return roles.filter((role) => mayEver({ role }, action));
}

/** The viewer's role may do the action to some record (for navigation, and before a list is filtered). */
export function mayEver(subject: Pick<Subject, 'role'>, action: Action): boolean {
  return relationsFor(subject, action).length > 0;
}

/**
 * Throws AccessDenied unless the policy allows it. Records outside the viewer's area, and records
 * about people anywhere, answer "not found", so a refusal never confirms that a record exists.
 * An allowed action listed in `stepUpActions` throws StepUpRequired when the viewer's last code is
 * older than STEP_UP_MINUTES (decision 0016): the app asks for a code and comes back.
 */
export function assertCan(
  subject: Subject,
  action: Action,
  target: Target,
  resource: { type: string; id?: string | null },
): void {
  if (can(subject, action, target)) {
    if (stepUpActions.has(action) && !codeIsFresh(subject)) throw new StepUpRequired(action);
    return;
  }
  const outsideArea = target.areaId != null && target.areaId !== subject.areaId;
  throw new AccessDenied(action, resource.type, resource.id ?? null, outsideArea || (resource.id != null && needToKnow.has(resource.type)));
}

/** A code was given in this session within the last STEP_UP_MINUTES (by the app's clock). */
export function codeIsFresh(subject: Pick<Subject, 'lastCodeAt'>, at = now()): boolean {
  return subject.lastCodeAt != null && at.getTime() - subject.lastCodeAt.getTime() <= STEP_UP_MINUTES * 60_000;
}

/** For a list: throws AccessDenied unless the viewer's role may do the action to some record. */
export function assertMayEver(subject: Subject, action: Action, resource: { type: string }): void {
  if (mayEver(subject, action)) return;
  throw new AccessDenied(action, resource.type, null, needToKnow.has(resource.type));
}
