import { AccessDenied } from '@/lib/errors';
import type { Role } from '@/db/schema/users';
import { policy, type Action, type Relation } from './policy';

export { policy, actions, type Action, type Relation } from './policy';

/** The part of the viewer the policy looks at. */
export interface Subject {
  userId: string;
  role: Role;
  areaId: string;
  agencyId: string;
}

/** The part of the record the policy looks at; leave out what the record does not have. */
export interface Target {
  areaId?: string | null;
  userId?: string | null;
  /** The agency the record belongs to (a referral's referring agency). */
  agencyId?: string | null;
  /** The agencies with a part in a case. */
  caseAgencyIds?: readonly string[];
}

/**
 * Records about people, and records that are one person's own (a session, a notification): a refusal
 * answers "not found", so it never confirms the record exists.
 */
const needToKnow = new Set(['referral', 'case', 'session', 'notification']);

function holds(relation: Relation, subject: Subject, target: Target): boolean {
  switch (relation) {
    case 'any':
      return true;
    case 'same_area':
      return target.areaId != null && target.areaId === subject.areaId;
    case 'self':
      return target.userId != null && target.userId === subject.userId;
    case 'own_agency':
      return target.agencyId != null && target.agencyId === subject.agencyId && target.areaId === subject.areaId;
    case 'case_agency':
      return (target.caseAgencyIds ?? []).includes(subject.agencyId) && target.areaId === subject.areaId;
  }
}

export function can(subject: Subject, action: Action, target: Target = {}): boolean {
  const relations = policy[action][subject.role] ?? [];
  return relations.some((r) => holds(r, subject, target));
}

/**
 * Throws AccessDenied unless the policy allows it. Records outside the viewer's area, and records
 * about people anywhere, answer "not found", so a refusal never confirms that a record exists.
 */
export function assertCan(
  subject: Subject,
  action: Action,
  target: Target,
  resource: { type: string; id?: string | null },
): void {
  if (can(subject, action, target)) return;
  const outsideArea = target.areaId != null && target.areaId !== subject.areaId;
  throw new AccessDenied(action, resource.type, resource.id ?? null, outsideArea || (resource.id != null && needToKnow.has(resource.type)));
}
