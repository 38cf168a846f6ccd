'use server';

import { revalidatePath } from 'next/cache';
import { idIn } from '@/lib/input/ids';
import { createUser } from '@/lib/users/create';
import { updateUserAccess } from '@/lib/users/update-access';
import { disableUser, enableUser } from '@/lib/users/set-active';
import { issueSetupLink } from '@/lib/users/setup-link';
import { resetMfa } from '@/lib/users/reset-mfa';
import { runAction } from '../../_lib/server-action';

const link = (r: { setupLink: string; expiresAt: Date }) => ({ setupLink: r.setupLink, expiresAt: r.expiresAt.toISOString() });

export async function createUserAction(raw: unknown) {
  return runAction(raw, async (viewer, input: Parameters<typeof createUser>[1]) => {
    const created = await createUser(viewer, input);
    return { userId: created.userId, ...link(created) };
  });
}

export async function updateUserAccessAction(raw: unknown) {
  const result = await runAction(raw, updateUserAccess);
  if (result.ok) revalidatePath('/admin/users');
  return result;
}

export async function disableUserAction(raw: unknown) {
  return runAction(raw, (viewer) => disableUser(viewer, idIn(raw, 'userId')));
}

export async function enableUserAction(raw: unknown) {
  return runAction(raw, (viewer) => enableUser(viewer, idIn(raw, 'userId')));
}

export async function issueSetupLinkAction(raw: unknown) {
  return runAction(raw, async (viewer) => link(await issueSetupLink(viewer, idIn(raw, 'userId'))));
}

export async function resetMfaAction(raw: unknown) {
  return runAction(raw, (viewer) => resetMfa(viewer, idIn(raw, 'userId')));
}
