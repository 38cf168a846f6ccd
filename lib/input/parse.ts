import type { z } from 'zod';
import { InputRejected } from '@/lib/errors';

/** A zod error as the forms show it: one message per field, keyed by the field's path ("entries.0.status"). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * A verb's input, parsed by the verb's own schema (the one its form uses in the browser): whoever calls
 * the verb, a server action, a job, a script or a test, nothing unchecked reaches its rules or the
 * database. Input that does not parse is refused as InputRejected, with the form's field errors.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new InputRejected(fieldErrorsOf(parsed.error));
  return parsed.data;
}
