import { roles, type Role } from '@/db/schema/users';
import { policy } from './policy';

/**
 * The roles that work with people's records: those the policy lets open a case at all. Only they are
 * told about a record (notifications) or given an action to work. An administrator runs the service and
 * an information-governance lead reads the audit log; neither sees a case, so neither is either.
 */
export const rolesWorkingWithCases: readonly Role[] = roles.filter((role) => (policy['case.view'][role]?.length ?? 0) > 0);
