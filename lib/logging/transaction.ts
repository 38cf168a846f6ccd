import 'server-only';
import { getDb, type Db, type Tx } from '@/db/client';
import { runAsAppRole } from '@/db/app-role';
import { log } from './log';
import { withoutParameters } from './database-failure';

export interface Boundary {
  /** The verb or job this transaction belongs to, as it should appear in the log. */
  verb: string | null;
  requestId?: string | null;
}

/**
 * Passes any error on, except that a database error becomes a DatabaseFailure (SQL state, verb and
 * request id, nothing from the query) and is logged, once, as "database error".
 */
export function databaseFailure(err: unknown, at: Boundary, startedAt?: number): unknown {
  const { error, fresh } = withoutParameters(err, { verb: at.verb, requestId: at.requestId ?? null });
  if (fresh) {
    const ms = startedAt === undefined ? undefined : Math.round(performance.now() - startedAt);
    log.error({ verb: at.verb, requestId: at.requestId ?? null, code: (error as { code: string | null }).code, ms, err: error }, 'database error');
  }
  return error;
}

/**
 * The transaction boundary for lib/ code that is not a viewer's verb (sign-in, set-up links, jobs):
 * one transaction, as the app role (db/app-role.ts) in the system scope, which row-level security lets
 * through (lib/authz/row-security.ts); a database error leaves it only as a DatabaseFailure (see databaseFailure).
 */
export async function inTransaction<T>(at: Boundary, work: (tx: Tx) => Promise<T>, db?: Db): Promise<T> {
  const startedAt = performance.now();
  try {
    return await (db ?? (await getDb())).transaction(async (tx) => {
      await runAsAppRole(tx, { system: true });
      return work(tx);
    });
  } catch (err) {
    throw databaseFailure(err, at, startedAt);
  }
}

/** The same boundary for work outside a transaction (a read, or a job's steps), given the handle it needs. */
export async function atBoundary<T>(at: Boundary, work: () => Promise<T>): Promise<T> {
  const startedAt = performance.now();
  try {
    return await work();
  } catch (err) {
    throw databaseFailure(err, at, startedAt);
  }
}
