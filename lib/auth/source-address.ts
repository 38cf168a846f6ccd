import 'server-only';

import { PEER_HEADER } from './peer-header';

/**
 * The address a request came from, for the sign-in throttle (decision 0017). With TRUSTED_PROXY=n (the
 * number of proxies in front of the app that append to X-Forwarded-For), the address the outermost of
 * them saw: the n-th entry from the right. Without it, X-Forwarded-For is the client's to write and is
 * ignored: the address is the socket's peer, as instrumentation.ts recorded it.
 */
export function sourceAddress(header: (name: string) => string | null | undefined): string {
  const hops = trustedProxyHops();
  if (hops > 0) {
    const chain = (header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const entry = chain[chain.length - hops];
    if (entry) return entry;
  }
  return header(PEER_HEADER) ?? 'unknown';
}

function trustedProxyHops(): number {
  const raw = process.env.TRUSTED_PROXY;
  if (!raw) return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error('TRUSTED_PROXY must be a whole number of proxies');
  return n;
}
