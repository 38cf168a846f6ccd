import 'server-only';
import type { DownloadedFile } from '@/lib/incidents/attachments';
import { getSettings } from '@/lib/settings';

/** Room in an upload's body for the form's other parts and the multipart boundaries, beyond the file. */
const FORM_OVERHEAD = 64 * 1024;

/** The largest upload body taken: the file size limit (ATTACHMENT_MAX_MB) and the form around it. */
export function uploadBodyLimit(): number {
  return getSettings().attachmentMaxMb * 1024 * 1024 + FORM_OVERHEAD;
}

export const tooLargeMessage = () => `The selected file must be smaller than ${getSettings().attachmentMaxMb} MB`;

/**
 * The body, read as it arrives and given up on as soon as it passes `limit` bytes ('too_large'), so an
 * oversized upload is refused without being held in memory whole.
 */
export async function readBodyUpTo(request: Request, limit: number): Promise<Uint8Array | 'too_large'> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return 'too_large';
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return 'too_large';
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** A file name that is safe in a header: letters, digits and a few marks; the full name goes in filename*. */
export function dispositionOf(fileName: string): string {
  const plain = fileName.replace(/[^\w.\- ]+/g, '_').replace(/^[.\s]+/, '').slice(0, 150) || 'evidence';
  return `attachment; filename="${plain}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * An evidence file as a download only: never shown in the page (attachment), never sniffed into
 * another type, and, should a browser open it anyway, in a sandbox with nothing allowed; never kept.
 */
export function fileResponse(file: DownloadedFile): Response {
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': dispositionOf(file.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'no-store',
    },
  });
}

/** A 303 to a page of ours (after a POST, so a reload does not post again), with cookies to set. */
export function seeOther(path: string, cookies: string[] = []): Response {
  const headers = new Headers({ Location: path, 'Cache-Control': 'no-store' });
  for (const c of cookies) headers.append('Set-Cookie', c);
  return new Response(null, { status: 303, headers });
}

/** The cookie that carries an upload's refusal to the entry page it returns to (read once there, for a minute). */
export const UPLOAD_REFUSAL_COOKIE = 'upload-refusal';

export function refusalCookie(path: string, message: string | null): string {
  const value = message === null ? '' : encodeURIComponent(message);
  return `${UPLOAD_REFUSAL_COOKIE}=${value}; Path=${path}; Max-Age=${message === null ? 0 : 60}; HttpOnly; SameSite=Strict`;
}
