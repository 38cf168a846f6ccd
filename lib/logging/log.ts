import 'server-only';
import pino from 'pino';
import { AccessDenied, ConfidentialityNotConfirmed, InputRejected, SessionInvalid, StaleVersion } from '@/lib/errors';
import { DatabaseFailure } from './database-failure';

/**
 * The server's one log (DESIGN.md, "Logs"): one JSON line per event on
 * stdout, carrying codes, ids, the request id and timings. Never a name, address, phone, email, free
 * text typed by a user, search term, or a query's SQL or parameters: fields with those names are
 * replaced by "[redacted]" wherever they appear (to three levels deep), and errors are reduced to
 * their type, code and stack frames (see `safeError`).
 */

/** Field names whose values are personal or typed by a user, or are a query's text or parameters. */
export const redactedFields = [
  'name', 'firstName', 'lastName', 'fullName', 'aliases', 'email', 'address', 'phone', 'dob', 'dateOfBirth',
  'safeTimes', 'safeContacts', 'unsafeContacts', 'victim', 'perpetrator', 'children', 'household',
  'password', 'passwordHash', 'token', 'setupLink', 'cookie', 'authorization',
  'reason', 'justification', 'note', 'notes', 'text', 'comment', 'answer', 'question', 'form', 'values', 'input', 'body',
  'search', 'term', 'q',
  'query', 'sql', 'params', 'parameters', 'detail', 'where', 'hint', 'internalQuery',
] as const;

const redactPaths = redactedFields.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]);

/** Domain errors whose messages are written for the user and never carry personal data (lib/errors.ts). */
const safeMessages = [DatabaseFailure, SessionInvalid, AccessDenied, InputRejected, StaleVersion, ConfidentialityNotConfirmed];

/**
 * What of an error may be logged: its type, a code (an SQL state or a system error code), the
 * identifiers a DatabaseFailure carries, and the stack's frames (file and function names). The
 * message only for our own errors: any other message may quote the input (JSON.parse, a query, a URL).
 */
export function safeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const out: Record<string, unknown> = { type: err.name || err.constructor?.name || 'Error' };
  // The code of the error or of the first of its causes that has one (drizzle's holds the driver's).
  for (let e: unknown = err, depth = 0; e instanceof Object && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(code)) {
      out.code = code;
      break;
    }
  }
  if (err instanceof DatabaseFailure) {
    for (const key of ['verb', 'requestId', 'table', 'column', 'constraint'] as const) if (err[key]) out[key] = err[key];
  }
  if (safeMessages.some((c) => err instanceof c)) out.message = err.message;
  const frames = (err.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
  if (frames.length) out.stack = frames.join('\n');
  return out;
}

function create(): pino.Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      messageKey: 'msg',
      redact: { paths: redactPaths, censor: '[redacted]' },
      serializers: { err: safeError, error: safeError, cause: safeError },
    },
    // process.stdout, not a file descriptor of its own: what the process writes, in order, in one place.
    process.stdout,
  );
}

const globalKey = Symbol.for('marac-hub.log');
type GlobalWithLog = typeof globalThis & { [globalKey]?: pino.Logger };

/** The server's logger (one per process, shared by every bundle Next makes of this module). */
export const log: pino.Logger = ((globalThis as GlobalWithLog)[globalKey] ??= create());
