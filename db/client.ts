import 'server-only';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import type { Sql } from 'postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

interface Handle {
  db: Db;
  /** The embedded database, when that is what this process uses (the job queue shares it). */
  pglite: PGlite | null;
  close: () => Promise<void>;
}

const globalKey = Symbol.for('marac-hub.db');
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<Handle> };

/** Where PGlite keeps its files when DATABASE_URL is not set ('memory://' for none). */
export function pgliteDataDir(): string {
  return process.env.PGLITE_DATA_DIR ?? path.join(process.cwd(), '.data', 'pglite');
}

async function open(): Promise<Handle> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
    });
    return { db: drizzle({ client: preparing(client), schema }) as unknown as Db, pglite: null, close: () => client.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { fuzzystrmatch } = await import('@electric-sql/pglite/contrib/fuzzystrmatch');
  const { drizzle } = await import('drizzle-orm/pglite');
  const dir = pgliteDataDir();
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  // Extensions must be passed on every open, not only when the migration creates them. PostgreSQL's
  // default 128 MB of shared buffers is most of the process's memory and far more than an area the
  // size of the demo needs: 16 MB (scripts/bench-demo.ts measures the server's RSS).
  const client = await PGlite.create(dir, { extensions: { pg_trgm, fuzzystrmatch }, postgresqlconf: ['shared_buffers = 16MB'] });
  return { db: drizzle({ client, schema }) as unknown as Db, pglite: client, close: () => client.close() };
}

/**
 * Makes every statement drizzle sends a named prepared statement of its connection. drizzle asks
 * postgres.js for an unnamed one unless a query is `.prepare()`d by name, whatever the client's own
 * `prepare` setting (drizzle-orm issue 6096), and postgres.js then sends each statement with
 * parameters in two round trips (parse and describe, then bind and execute), and PostgreSQL parses,
 * rewrites (with the row-level security policies) and plans it every time. Prepared, each connection
 * does that once per statement and then sends one message (decision 0023). Transactions and
 * savepoints hand drizzle a client of their own, which is given the same treatment.
 */
function preparing(sql: Sql): Sql {
  type Call = (...args: unknown[]) => unknown;
  const client = sql as unknown as Record<'unsafe' | 'begin' | 'savepoint', Call | undefined>;
  const { unsafe, begin, savepoint } = client;
  client.unsafe = (query, parameters, options) => unsafe!(query, parameters, { ...(options as object), prepare: true });
  // The last argument of begin and savepoint is the work, given the transaction's own client.
  const withWork = (open: Call): Call => (...args) => {
    const work = args.pop() as (tx: Sql) => unknown;
    return open(...args, (tx: Sql) => work(preparing(tx)));
  };
  if (begin) client.begin = withWork(begin);
  if (savepoint) client.savepoint = withWork(savepoint);
  return sql;
}

/**
 * The one database handle of this process: PostgreSQL through postgres.js when DATABASE_URL is
 * set, otherwise embedded PGlite (one instance per process: it has no file locking).
 */
export function getDb(): Promise<Db> {
  return handle().then((h) => h.db);
}

/** The embedded PGlite instance of this process, or null when it uses PostgreSQL. */
export function getPglite(): Promise<PGlite | null> {
  return handle().then((h) => h.pglite);
}

function handle(): Promise<Handle> {
  const g = globalThis as GlobalWithDb;
  g[globalKey] ??= open();
  return g[globalKey];
}

export async function closeDb(): Promise<void> {
  const g = globalThis as GlobalWithDb;
  const h = g[globalKey];
  if (!h) return;
  delete g[globalKey];
  await (await h).close();
}
