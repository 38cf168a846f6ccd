import 'server-only';
import { redirect } from 'next/navigation';
import { AccessDenied, InputRejected, SessionInvalid } from '@/lib/errors';

export function pdfResponse(buffer: Buffer, filename: string): Response {
  return new Response(new Uint8Array(buffer), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}

/** A refused PDF answers like a refused page: not found, or why it cannot be made yet. */
export function refusalResponse(err: unknown): Response {
  if (err instanceof AccessDenied) return new Response('Not found', { status: 404 });
  if (err instanceof InputRejected) return new Response(err.message, { status: 409 });
  if (err instanceof SessionInvalid) redirect('/sign-in?reason=ended');
  throw err;
}
