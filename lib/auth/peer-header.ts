/** The header the server's own socket hook sets (instrumentation.ts): the peer's address, whatever a client sent. */
export const PEER_HEADER = 'x-marac-peer-address';
