import { afterEach, describe, expect, it } from 'vitest';
import { PEER_HEADER } from './peer-header';
import { sourceAddress } from './source-address';

const from = (headers: Record<string, string>) => (name: string) => headers[name] ?? null;

afterEach(() => {
  delete process.env.TRUSTED_PROXY;
});

describe('the source address of a sign-in', () => {
  it('ignores X-Forwarded-For without a trusted proxy: a client can write anything there', () => {
    expect(sourceAddress(from({ 'x-forwarded-for': '10.9.9.9', [PEER_HEADER]: '192.0.2.1' }))).toBe('192.0.2.1');
  });

  it('takes the entry the outermost trusted proxy added, counting from the right', () => {
    process.env.TRUSTED_PROXY = '1';
    // The client wrote the first entry itself; the proxy appended the address it saw.
    expect(sourceAddress(from({ 'x-forwarded-for': '10.9.9.9, 198.51.100.4', [PEER_HEADER]: '10.0.0.2' }))).toBe('198.51.100.4');
    process.env.TRUSTED_PROXY = '2';
    expect(sourceAddress(from({ 'x-forwarded-for': '10.9.9.9, 198.51.100.4, 10.0.0.3', [PEER_HEADER]: '10.0.0.2' }))).toBe('198.51.100.4');
    // Fewer entries than proxies: the peer.
    process.env.TRUSTED_PROXY = '3';
    expect(sourceAddress(from({ 'x-forwarded-for': '198.51.100.4', [PEER_HEADER]: '10.0.0.2' }))).toBe('10.0.0.2');
  });
});
