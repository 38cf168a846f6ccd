import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { openNotification } from '@/lib/notifications/list';
import { refusalResponse } from '@/app/_lib/refusals';

export const dynamic = 'force-dynamic';

/** Opening a notification marks it read and goes to what it is about (where access is checked again). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return new Response('Not found', { status: 404 });
  const viewer = await requireViewer();
  let target: string;
  try {
    target = await openNotification(viewer, id);
  } catch (err) {
    return refusalResponse(err);
  }
  redirect(target);
}
