import 'server-only';
import type { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { refusalOf, toSignIn } from './refusals';

/** What every server action answers to its form. Field errors are keyed by the form's field names. */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: Record<string, string>; formError?: string };

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * The body of a server action: sign-in check, zod parse of the raw input (the same schema the form
 * used), the lib/ verb, and the mapping of its refusals to messages the form can show.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  raw: unknown,
  verb: (viewer: Viewer, input: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const viewer = await requireViewer();
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: await verb(viewer, parsed.data) };
  } catch (err) {
    const refusal = refusalOf(err);
    if (!refusal) throw err;
    if (refusal.kind === 'signed_out') toSignIn();
    if (refusal.kind === 'input') return { ok: false, fieldErrors: refusal.fieldErrors };
    return { ok: false, fieldErrors: {}, formError: refusal.message };
  }
}
