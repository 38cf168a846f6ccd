'use server';

import { requireViewer } from '@/lib/auth/current-viewer';
import { headers } from 'next/headers';
import { stepUpThrottled } from '@/lib/auth/mfa';
import { sourceAddress } from '@/lib/auth/source-address';
import type { ActionResult } from '../_lib/server-action';
import { CODE_FAILED } from '../sign-in/code/messages';

/** A code given again, for the actions that need a recent one. */
export async function stepUpAction(raw: unknown): Promise<ActionResult> {
  const viewer = await requireViewer();
  const code = typeof (raw as { code?: unknown })?.code === 'string' ? (raw as { code: string }).code : '';
  const h = await headers();
  return (await stepUpThrottled(viewer, code, sourceAddress((name) => h.get(name)))) ? { ok: true, data: null } : { ok: false, fieldErrors: { code: CODE_FAILED } };
}
