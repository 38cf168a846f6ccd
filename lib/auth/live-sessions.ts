import 'server-only';
import { and, eq, gt, isNull, type SQL } from 'drizzle-orm';
import { sessions } from '@/db/schema';
import { getSettings, minutes } from '@/lib/settings';
import { countSql } from '@/lib/lists/count-sql';

/** A session still in use at `at`: not ended, not expired, and seen within the idle limit (as lib/auth/session.ts checks one). */
export function isLiveSql(at: Date): SQL {
  const idleSince = new Date(at.getTime() - minutes(getSettings().sessionIdleMinutes));
  return and(isNull(sessions.endedAt), gt(sessions.expiresAt, at), gt(sessions.lastSeenAt, idleSince))!;
}

/** How many of the user's sessions are live at `at`, as a scalar subquery (lib/lists/count-sql.ts). */
export function liveSessionCountSql(userId: string, at: Date): SQL<number> {
  return countSql(sessions, and(eq(sessions.userId, userId), isLiveSql(at)));
}
