import 'server-only';
import { and, count, eq, gt, isNull, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { sessions } from '@/db/schema';
import { getSettings, minutes } from '@/lib/settings';

/** A session still in use at `at`: not ended, not expired, and seen within the idle limit (as lib/auth/session.ts checks one). */
export function isLiveSql(at: Date): SQL {
  const idleSince = new Date(at.getTime() - minutes(getSettings().sessionIdleMinutes));
  return and(isNull(sessions.endedAt), gt(sessions.expiresAt, at), gt(sessions.lastSeenAt, idleSince))!;
}

export async function liveSessionCount(tx: Tx, userId: string, at: Date): Promise<number> {
  const [{ live }] = await tx.select({ live: count() }).from(sessions).where(and(eq(sessions.userId, userId), isLiveSql(at)));
  return live;
}
