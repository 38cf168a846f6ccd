/**
 * A database error as the rest of the app may see it. postgres.js and PGlite errors carry the query,
 * its parameters, and `detail`/`where` texts that quote the values; drizzle wraps them in an error
 * whose message is the SQL and every parameter (a victim's name, address, phone, an email, a search
 * term). Whatever prints an error (Next's own error log, a test runner, a log line) would print them.
 * This one keeps only the SQL state, the schema names involved, the verb and the request id: its
 * message, stack and fields hold no value from the query, and it has no `cause`.
 */
export class DatabaseFailure extends Error {
  /** The SQL state (e.g. 22021, 23505), or a client error code (ECONNREFUSED), or null. */
  readonly code: string | null;
  readonly verb: string | null;
  readonly requestId: string | null;
  readonly table: string | null;
  readonly column: string | null;
  readonly constraint: string | null;

  constructor(fields: { code: string | null; verb: string | null; requestId: string | null; table?: string | null; column?: string | null; constraint?: string | null }, frames = '') {
    const where = [fields.verb && `in ${fields.verb}`, fields.requestId && `(request ${fields.requestId})`].filter(Boolean).join(' ');
    super(`Database error ${fields.code ?? 'without a code'}${where ? ` ${where}` : ''}`);
    this.name = 'DatabaseFailure';
    this.code = fields.code;
    this.verb = fields.verb;
    this.requestId = fields.requestId;
    this.table = fields.table ?? null;
    this.column = fields.column ?? null;
    this.constraint = fields.constraint ?? null;
    // Our frames (where it was caught), then the failed query's frames: file and function names only.
    if (frames) this.stack = `${this.stack}\n${frames}`;
  }
}

const codePattern = /^[A-Za-z0-9_]{1,40}$/;
const identifierPattern = /^[a-z_][a-z0-9_]{0,62}$/;

/** The error and its causes, outermost first. */
function chain(err: unknown): object[] {
  const out: object[] = [];
  let e: unknown = err;
  while (e && typeof e === 'object' && out.length < 8 && !out.includes(e)) {
    out.push(e);
    e = (e as { cause?: unknown }).cause;
  }
  return out;
}

/** Whether an error came from the database or its client (drizzle, postgres.js, PGlite). */
export function isDatabaseError(err: unknown): boolean {
  if (err instanceof DatabaseFailure) return true;
  return chain(err).some((e) => {
    const name = (e as Error).name ?? e.constructor?.name;
    return (
      name === 'DrizzleQueryError' ||
      name === 'PostgresError' ||
      e.constructor?.name === 'DatabaseError' ||
      'query' in e ||
      'params' in e ||
      'parameters' in e ||
      ('severity' in e && 'code' in e)
    );
  });
}

function field(err: unknown, key: string, pattern: RegExp): string | null {
  for (const e of chain(err)) {
    const v = (e as Record<string, unknown>)[key];
    if (typeof v === 'string' && pattern.test(v)) return v;
  }
  return null;
}

/** The stack frames of an error and its causes, without any message line (which may quote the query). */
function framesOf(err: unknown): string {
  const first = chain(err).find((e) => typeof (e as Error).stack === 'string') as Error | undefined;
  return (first?.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .join('\n');
}

/**
 * The error to throw on: a DatabaseFailure in place of any database error (an existing one is
 * passed on as it is); any other error unchanged. `fresh` says whether it was made now (to be logged).
 */
export function withoutParameters(err: unknown, context: { verb: string | null; requestId: string | null }): { error: unknown; fresh: boolean } {
  if (err instanceof DatabaseFailure || !isDatabaseError(err)) return { error: err, fresh: false };
  const error = new DatabaseFailure(
    {
      code: field(err, 'code', codePattern),
      verb: context.verb,
      requestId: context.requestId,
      table: field(err, 'table', identifierPattern) ?? field(err, 'table_name', identifierPattern),
      column: field(err, 'column', identifierPattern) ?? field(err, 'column_name', identifierPattern),
      constraint: field(err, 'constraint', identifierPattern) ?? field(err, 'constraint_name', identifierPattern),
    },
    framesOf(err),
  );
  return { error, fresh: true };
}
