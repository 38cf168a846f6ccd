import type { ActionResult } from './server-action';

/** Said in the error summary when a save failed on its way (too big, refused, the service down). */
export const notSavedMessage = 'Nothing was saved. Your answers are still here: check them and try again. If it happens again, tell your MARAC coordinator.';

/**
 * Calls a server action and answers a failure that never reached its verb (the request was refused or
 * too big, the network or the service failed) as a refusal the form can show: nothing is lost.
 */
export async function sendSafely<T>(send: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    const result = await send();
    // A refused request can answer with something other than the action's result.
    if (!result || typeof result !== 'object' || !('ok' in result)) return { ok: false, fieldErrors: {}, formError: notSavedMessage };
    return result;
  } catch {
    return { ok: false, fieldErrors: {}, formError: notSavedMessage };
  }
}
