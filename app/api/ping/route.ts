export const dynamic = 'force-dynamic';

/** Answers as soon as the process does, touching nothing: no database, no session, no file. */
export function GET() {
  return new Response('pong', { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}
