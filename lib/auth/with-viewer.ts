import 'server-only';
import { getDb, type Db, type Tx } from '@/db/client';
import { AccessDenied, SessionInvalid } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record';
import { loadLiveSession } from './session';
import type { Viewer } from './viewer-type';

/**
 * The frame of every lib/ verb: one transaction that first re-checks the viewer's session row
 * (so sign-out, disabling or a role change applies at once), then runs the verb with the live
 * viewer. A refusal rolls the transaction back and is then recorded as a denied event of its own.
 */
export async function withViewer<T>(viewer: Viewer, verb: (tx: Tx, live: Viewer) => Promise<T>): Promise<T> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const live = await loadLiveSession(tx, viewer.sessionId, viewer.requestId);
      return verb(tx, live);
    });
  } catch (err) {
    await recordRefusal(db, viewer, err);
    throw err;
  }
}

/** Records a refused request (denied access, or a session no longer valid) in a transaction of its own. */
export async function recordRefusal(
  db: Db,
  viewer: Pick<Viewer, 'sessionId' | 'requestId'> & Partial<Viewer>,
  err: unknown,
): Promise<void> {
  if (err instanceof AccessDenied) {
    await db.transaction((tx) =>
      recordAudit(tx, viewer, {
        action: err.action,
        resourceType: err.resourceType,
        resourceId: err.resourceId,
        outcome: 'denied',
        detail: err.asNotFound ? 'not_found' : 'not_permitted',
      }),
    );
  } else if (err instanceof SessionInvalid) {
    await db.transaction((tx) =>
      recordAudit(
        tx,
        { ...(err.owner ?? { userId: viewer.userId ?? null }), requestId: viewer.requestId },
        { action: 'session.refused', resourceType: 'session', resourceId: viewer.sessionId, outcome: 'denied', detail: err.reason },
      ),
    );
  }
}
