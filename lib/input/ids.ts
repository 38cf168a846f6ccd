import { z } from 'zod';
import { AccessDenied } from '@/lib/errors';

const uuid = z.uuid();

/**
 * The one rule for an id given to a verb on its own (from a URL, a button's hidden field, a job or a
 * script): a string that is not an id names no record, so it is answered exactly as an unknown id is,
 * "not found", and never reaches PostgreSQL (where comparing a uuid column with it fails, a 500). The
 * refusal is audited like any other, naming no record: the string is not one.
 */
export function knownId(raw: unknown, action: string, resourceType: string): string {
  if (typeof raw === 'string' && uuid.safeParse(raw).success) return raw;
  throw new AccessDenied(action, resourceType, null, true);
}

/** The id a form or a button sent under `key`, as sent ('' when there is none): the verb judges it. */
export function idIn(raw: unknown, key: string): string {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : '';
}
