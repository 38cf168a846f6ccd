import type { AgencyType } from '@/db/enums';
import type { Role } from '@/db/enums';

/** The signed-in user as every lib/ verb receives it. Built from the live session row. */
export interface Viewer {
  sessionId: string;
  userId: string;
  name: string;
  role: Role;
  agencyId: string;
  agencyName: string;
  agencyType: AgencyType;
  areaId: string;
  /** Correlates this request's audit events. */
  requestId: string;
  /** The session has passed the second factor (always, outside the code and enrolment pages). */
  mfaVerified: boolean;
  /** When a code was last given in this session: actions that need a recent one read it (lib/authz, step-up). */
  lastCodeAt: Date | null;
}
