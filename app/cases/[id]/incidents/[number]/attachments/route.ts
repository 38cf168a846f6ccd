import { z } from 'zod';
import { requireViewer } from '@/lib/auth/current-viewer';
import { addAttachment } from '@/lib/incidents/attachments';
import { fromAnotherSite, isForeignOrigin, unreadable } from '@/lib/input/request-guard';
import { refusalOf, toSignIn, toStepUp } from '@/app/_lib/refusals';
import { readBodyUpTo, refusalCookie, seeOther, tooLargeMessage, uploadBodyLimit } from '@/app/_lib/evidence-http';

export const dynamic = 'force-dynamic';

/**
 * An evidence file uploaded on an entry, from the entry page's form (multipart, so it works without
 * JavaScript; a server action's body is limited to 1 MB, this one to ATTACHMENT_MAX_MB). Then back to
 * the entry page (303): with a banner when the file was added, or with the refusal beside the file field.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  if (!z.uuid().safeParse(id).success || !/^\d{1,9}$/.test(number)) return new Response('Not found', { status: 404 });
  if (isForeignOrigin(request)) return fromAnotherSite();
  const viewer = await requireViewer();
  const entryPath = `/cases/${id}/incidents/${number}`;
  const refuse = (message: string) => seeOther(`${entryPath}?upload=refused#file`, [refusalCookie(entryPath, message)]);

  const body = await readBodyUpTo(request, uploadBodyLimit());
  if (body === 'too_large') return refuse(tooLargeMessage());
  let file: FormDataEntryValue | null;
  try {
    const form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
    file = form.get('file');
  } catch {
    return unreadable();
  }
  if (!(file instanceof File) || (file.size === 0 && file.name === '')) return refuse('Select a file');

  try {
    await addAttachment(viewer, { caseId: id, number, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  } catch (err) {
    const refusal = refusalOf(err);
    if (!refusal) throw err;
    if (refusal.kind === 'signed_out') toSignIn();
    if (refusal.kind === 'step_up') return toStepUp();
    if (refusal.kind === 'not_found') return new Response('Not found', { status: 404 });
    if (refusal.kind === 'input') return refuse(refusal.fieldErrors.file ?? refusal.message);
    return new Response(refusal.message, { status: refusal.kind === 'forbidden' ? 403 : 409 });
  }
  return seeOther(`${entryPath}?upload=added#attachments`, [refusalCookie(entryPath, null)]);
}
