'use server';

import { revalidatePath } from 'next/cache';
import { createUser } from '@/lib/users/create';
import { updateUserAccess } from '@/lib/users/update-access';
import { disableUser, enableUser } from '@/lib/users/set-active';
import { issueSetupLink } from '@/lib/users/setup-link';
import { createUserSchema, updateUserAccessSchema, userIdSchema } from '@/lib/users/schemas';
import { runAction } from '../../_lib/server-action';

const link = (r: { setupLink: string; expiresAt: Date }) => ({ setupLink: r.setupLink, expiresAt: r.expiresAt.toISOString() });

export async function createUserAction(raw: unknown) {
  return runAction(createUserSchema, raw, async (viewer, input) => {
    const created = await createUser(viewer, input);
    return { userId: created.userId, ...link(created) };
  });
}

export async function updateUserAccessAction(raw: unknown) {
  const result = await runAction(updateUserAccessSchema, raw, updateUserAccess);
  if (result.ok) revalidatePath('/admin/users');
  return result;
}

export async function disableUserAction(raw: unknown) {
  return runAction(userIdSchema, raw, (viewer, input) => disableUser(viewer, input.userId));
}

export async function enableUserAction(raw: unknown) {
  return runAction(userIdSchema, raw, (viewer, input) => enableUser(viewer, input.userId));
}

export async function issueSetupLinkAction(raw: unknown) {
  return runAction(userIdSchema, raw, async (viewer, input) => link(await issueSetupLink(viewer, input.userId)));
}
