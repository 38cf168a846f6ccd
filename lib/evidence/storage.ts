import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { attachmentBlobs } from '@/db/schema';
import { EvidenceAltered } from '@/lib/errors';
import { sha256Hex } from './inspect';

/**
 * Where the bytes of evidence files are kept. Callers hold only the key it gives back (in
 * `attachments`), so another store (S3-compatible object storage) can take its place. There is no
 * delete: evidence is never removed.
 */
export interface EvidenceStore {
  /** Keeps the bytes and returns the key to read them back by. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes kept under the key. Throws if there are none. */
  get(key: string): Promise<Uint8Array>;
}

/**
 * The bytes in PostgreSQL (attachment_blobs), in the caller's transaction: the file is kept exactly
 * when the record of it is, and a rolled-back upload leaves nothing behind.
 */
export function postgresStore(tx: Tx): EvidenceStore {
  return {
    async put(bytes) {
      const key = randomUUID();
      await tx.insert(attachmentBlobs).values({ key, bytes });
      return key;
    },
    async get(key) {
      const [row] = await tx.select({ bytes: attachmentBlobs.bytes }).from(attachmentBlobs).where(eq(attachmentBlobs.key, key));
      if (!row) throw new Error('No evidence file is stored under that key');
      // postgres.js gives a Buffer, PGlite a Uint8Array: hand back the same kind from both.
      return new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
    },
  };
}

/** The store this app keeps evidence in: the one place a different store would be chosen. */
export function evidenceStore(tx: Tx): EvidenceStore {
  return postgresStore(tx);
}

/** The bytes under the key, checked against the SHA-256 taken at upload (on every download). */
export async function getChecked(store: EvidenceStore, key: string, sha256: string): Promise<Uint8Array> {
  const bytes = await store.get(key);
  if (sha256Hex(bytes) !== sha256) throw new EvidenceAltered();
  return bytes;
}
