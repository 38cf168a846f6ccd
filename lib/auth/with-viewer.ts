import 'server-only';
import { getDb, type Db, type Tx } from '@/db/client';
import { runAsAppRole } from '@/db/app-role';
import { AccessDenied, SessionInvalid } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record';
import { log } from '@/lib/logging/log';
import { databaseFailure, inTransaction } from '@/lib/logging/transaction';
import { loadLiveSession, wasCheckedThisRequest } from './session';
import type { Viewer } from './viewer-type';

/**
 * The frame of every lib/ verb: one transaction that first re-checks the viewer's session row
 * (so sign-out, disabling or a role change applies at once), then runs the verb with the live
 * viewer, as the app role (db/app-role.ts), the database's row-level security told who the viewer is. A viewer that this request's currentViewer has just loaded live is not read again. A refusal rolls the transaction back and is then recorded as a denied event of its own.
 *
 * It is also the transaction boundary: a database error leaves it only as a DatabaseFailure (its SQL
 * state, the verb and the request id; never the query or its parameters), logged once. The verb's
 * name is `name`, or else the name of the function that called withViewer.
 */
export async function withViewer<T>(viewer: Viewer, verb: (tx: Tx, live: Viewer) => Promise<T>, name?: string): Promise<T> {
  const site = name ? null : callSite();
  const startedAt = performance.now();
  const db = await getDb();
  try {
    const result = await db.transaction(async (tx) => {
      const live = wasCheckedThisRequest(viewer) ? viewer : await loadLiveSession(tx, viewer.sessionId, viewer.requestId);
      await runAsAppRole(tx, { viewer: live });
      return verb(tx, live);
    });
    if (log.isLevelEnabled('debug')) {
      log.debug({ verb: name ?? verbAt(site), requestId: viewer.requestId, ms: Math.round(performance.now() - startedAt) }, 'verb done');
    }
    return result;
  } catch (err) {
    const error = databaseFailure(err, { verb: name ?? verbAt(site), requestId: viewer.requestId }, startedAt);
    await recordRefusal(db, viewer, error);
    throw error;
  }
}

/** Where withViewer was called from (frames are captured now, and only formatted if they are read). */
function callSite(): { stack?: string } {
  const site: { stack?: string } = {};
  Error.captureStackTrace(site, withViewer);
  return site;
}

/** The calling function's name, e.g. "saveReferralStep". */
function verbAt(site: { stack?: string } | null): string | null {
  const frame = /^\s+at (?:async )?(?:Object\.)?([\w$.]+) /m.exec(site?.stack ?? '');
  return frame?.[1] ?? null;
}

/** Records a refused request (denied access, or a session no longer valid) in a transaction of its own. */
export async function recordRefusal(
  db: Db,
  viewer: Pick<Viewer, 'sessionId' | 'requestId'> & Partial<Viewer>,
  err: unknown,
): Promise<void> {
  const at = { verb: 'recordRefusal', requestId: viewer.requestId };
  if (err instanceof AccessDenied) {
    await inTransaction(at, (tx) =>
      recordAudit(tx, viewer, {
        action: err.action,
        resourceType: err.resourceType,
        resourceId: err.resourceId,
        outcome: 'denied',
        detail: err.asNotFound ? 'not_found' : 'not_permitted',
      }),
      db,
    );
  } else if (err instanceof SessionInvalid) {
    await inTransaction(at, (tx) =>
      recordAudit(
        tx,
        { ...(err.owner ?? { userId: viewer.userId ?? null }), requestId: viewer.requestId },
        { action: 'session.refused', resourceType: 'session', resourceId: viewer.sessionId, outcome: 'denied', detail: err.reason },
      ),
      db,
    );
  }
}
