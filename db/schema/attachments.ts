import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { areas } from './areas';
import { cases } from './cases';
import { incidents } from './incidents';
import { users } from './users';
import { now } from '../clock';

/** Raw bytes. postgres.js reads bytea as a Buffer, PGlite as a Uint8Array: both are Uint8Arrays. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

const sha256Hex = (column: unknown) => sql`${column} ~ '^[0-9a-f]{64}$'`;

/**
 * A file attached to an incident as evidence: as uploaded (the original, kept byte for byte) and,
 * for an image, a copy with its metadata (EXIF, GPS) removed, which is what most viewers are served.
 * The bytes are in a store (lib/evidence/storage.ts) under the keys here; each copy's SHA-256 and size
 * are taken at upload and checked on every download. Rows are never changed (a trigger refuses it).
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    /** The file's name as the uploader's device gave it. */
    fileName: text('file_name').notNull(),
    /** The type found in the bytes (not the name's), e.g. image/jpeg. */
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    /** The copy without metadata; all three null when the file is served as uploaded (not an image). */
    strippedStorageKey: text('stripped_storage_key').unique(),
    strippedSizeBytes: integer('stripped_size_bytes'),
    strippedSha256: text('stripped_sha256'),
    addedBy: uuid('added_by')
      .notNull()
      .references(() => users.id),
    addedAgencyId: uuid('added_agency_id')
      .notNull()
      .references(() => agencies.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
  },
  (t) => [
    index('attachments_incident_idx').on(t.incidentId),
    index('attachments_case_idx').on(t.caseId, t.addedAt),
    check('attachments_sha256_hex', sha256Hex(t.sha256)),
    check(
      'attachments_stripped_whole',
      sql`(${t.strippedStorageKey} is null and ${t.strippedSizeBytes} is null and ${t.strippedSha256} is null)
        or (${t.strippedStorageKey} is not null and ${t.strippedSizeBytes} is not null and ${sha256Hex(t.strippedSha256)})`,
    ),
  ],
);

export type Attachment = typeof attachments.$inferSelect;

/**
 * The bytes of evidence files when they are kept in PostgreSQL (lib/evidence/storage.ts), under an
 * opaque key; what they are and whose they are is in `attachments`. Never changed or deleted (a
 * trigger refuses it).
 */
export const attachmentBlobs = pgTable('attachment_blobs', {
  key: text('key').primaryKey(),
  bytes: bytea('bytes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
});
