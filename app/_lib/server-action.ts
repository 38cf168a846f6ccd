import 'server-only';
import { requireViewer } from '@/lib/auth/current-viewer';
import type { Viewer } from '@/lib/auth/viewer-type';
import { refusalOf, toSignIn, toStepUp } from './refusals';

/** What every server action answers to its form. Field errors are keyed by the form's field names. */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: Record<string, string>; formError?: string };

/**
 * The body of a server action: the sign-in check, the lib/ verb given the raw input (the verb parses it
 * with its own schema, the one the form used), and the mapping of its refusals to what the form shows.
 */
export async function runAction<I, T>(raw: unknown, verb: (viewer: Viewer, input: I) => Promise<T>): Promise<ActionResult<T>> {
  const viewer = await requireViewer();
  try {
    // Unchecked on purpose: the verb's first step is to parse it.
    return { ok: true, data: await verb(viewer, raw as I) };
  } catch (err) {
    const refusal = refusalOf(err);
    if (!refusal) throw err;
    if (refusal.kind === 'signed_out') toSignIn();
    if (refusal.kind === 'step_up') return toStepUp();
    if (refusal.kind === 'input') return { ok: false, fieldErrors: refusal.fieldErrors };
    return { ok: false, fieldErrors: {}, formError: refusal.message };
  }
}
