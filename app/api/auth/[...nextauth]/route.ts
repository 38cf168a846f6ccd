import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { SIGN_IN_BODY_LIMIT, tooLarge } from '@/lib/input/request-guard';

const handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => NextAuth(req as never, ctx as never, authOptions());

/** A sign-in is an email address and a password: a larger body is refused before next-auth parses it. */
async function post(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  const length = req.headers.get('content-length');
  if (length === null || !/^\d+$/.test(length) || Number(length) > SIGN_IN_BODY_LIMIT) return tooLarge();
  return handler(req, ctx);
}

export { handler as GET, post as POST };
