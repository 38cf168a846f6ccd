import { afterEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { getDb } from '@/db/client';
import { attachmentBlobs } from '@/db/schema';
import { EvidenceAltered, InputRejected } from '@/lib/errors';
import { inspectUpload, sha256Hex } from './inspect';
import { evidenceStore, getChecked } from './storage';
import { strippedCopy } from './strip';

/** The `file` field's message of the refusal `work` throws (it fails the test if nothing is refused). */
async function refusal(work: Promise<unknown>): Promise<string> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputRejected);
  return (err as InputRejected).fieldErrors.file;
}

const red = { create: { width: 40, height: 20, channels: 3 as const, background: '#c00' } };
const png = () => sharp(red).png().toBuffer();
const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const email = Buffer.from('Received: from mail.example.invalid\r\nFrom: someone@example.invalid\r\nSubject: Hello\r\nDate: Mon, 2 Nov 2026 09:00:00 +0000\r\n\r\nA message.\r\n');

/** A photo as a phone takes one: EXIF with the position it was taken at, and a sideways orientation. */
function photoWithGps() {
  return sharp(red)
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestPhone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 2628/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 3972/100' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** Whether EXIF holds a GPS block: the GPS IFD pointer tag (0x8825), in either byte order. */
function hasGps(exif: Buffer | undefined): boolean {
  return !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
}

describe('inspecting an upload', () => {
  afterEach(() => {
    delete process.env.ATTACHMENT_MAX_MB;
  });

  it('gives the type found in the bytes, the size and the SHA-256', async () => {
    const bytes = await png();
    expect(await inspectUpload(bytes, 'Screenshot 2026-11-02.PNG')).toEqual({
      fileName: 'Screenshot 2026-11-02.PNG',
      mimeType: 'image/png',
      kind: 'image',
      sizeBytes: bytes.byteLength,
      sha256: sha256Hex(bytes),
    });
    expect(sha256Hex(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect((await inspectUpload(pdf, 'letter.pdf')).mimeType).toBe('application/pdf');
  });

  it('refuses an HTML file named .png: its contents are not a PNG', async () => {
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
    expect(await refusal(inspectUpload(html, 'screenshot.png'))).toBe('The selected file’s contents are not a PNG: choose the original file');
    expect(await refusal(inspectUpload(html, 'page.html'))).toBe('The selected file must be a JPG, PNG, GIF, WebP, PDF, EML, TXT, MP3, M4A, WAV, OGG, MP4, MOV or WebM');
  });

  it('refuses an allowed type under a name that says another or none', async () => {
    expect(await refusal(inspectUpload(await photoWithGps(), 'photo.png'))).toBe('The selected file’s contents are not a PNG: choose the original file');
    expect(await refusal(inspectUpload(await png(), 'photo'))).toBe('The selected file’s name must end in .png');
    expect(await refusal(inspectUpload(pdf, 'letter.constructor'))).toBe('The selected file’s name must end in .pdf');
  });

  it('refuses a file over the size limit, which is a setting', async () => {
    process.env.ATTACHMENT_MAX_MB = '1';
    const big = Buffer.concat([pdf, Buffer.alloc(1024 * 1024)]);
    expect(await refusal(inspectUpload(big, 'big.pdf'))).toBe('The selected file must be smaller than 1 MB');
    delete process.env.ATTACHMENT_MAX_MB;
    expect((await inspectUpload(big, 'big.pdf')).sizeBytes).toBe(big.byteLength);
    expect(await refusal(inspectUpload(new Uint8Array(0), 'empty.pdf'))).toBe('The selected file is empty');
  });

  it('takes text named .eml or .txt, and refuses binary under those names', async () => {
    expect(await inspectUpload(email, 'message.eml')).toMatchObject({ mimeType: 'message/rfc822', kind: 'text', sizeBytes: email.byteLength });
    expect(await inspectUpload(email, 'headers.txt')).toMatchObject({ mimeType: 'text/plain; charset=utf-8', kind: 'text' });
    const withNul = Buffer.concat([email, Buffer.from([0])]);
    expect(await refusal(inspectUpload(withNul, 'message.eml'))).toBe('The selected file’s contents are not an email (EML): choose the original file');
    const notUtf8 = Buffer.from([0x46, 0x72, 0x6f, 0x6d, 0x3a, 0x20, 0xff, 0xfe, 0x0a]);
    expect(await refusal(inspectUpload(notUtf8, 'message.eml'))).toBe('The selected file’s contents are not an email (EML): choose the original file');
    expect(await refusal(inspectUpload(await png(), 'message.eml'))).toBe('The selected file’s contents are not an email (EML): choose the original file');
    // Text under any other name is not taken: a browser could be tricked into running it.
    expect(await refusal(inspectUpload(email, 'message.html'))).toMatch(/^The selected file must be a JPG/);
  });
});

describe('the copy served to most viewers', () => {
  it('has no EXIF, so no GPS, while the original keeps it, byte for byte, in the store', async () => {
    const photo = await photoWithGps();
    const original = await sharp(photo).metadata();
    expect(hasGps(original.exif)).toBe(true);
    expect(original.orientation).toBe(6);

    const file = await inspectUpload(photo, 'IMG_0001.JPG');
    const stripped = await strippedCopy(photo, file);
    expect(stripped).not.toBeNull();

    const db = await getDb();
    const { originalBack, strippedBack } = await db.transaction(async (tx) => {
      const store = evidenceStore(tx);
      const originalKey = await store.put(photo);
      const strippedKey = await store.put(stripped!);
      return { originalBack: await store.get(originalKey), strippedBack: await getChecked(store, strippedKey, sha256Hex(stripped!)) };
    });

    expect(Buffer.from(originalBack).equals(photo)).toBe(true);
    expect(hasGps((await sharp(Buffer.from(originalBack)).metadata()).exif)).toBe(true);
    const served = await sharp(Buffer.from(strippedBack)).metadata();
    expect(served.exif).toBeUndefined();
    expect(served.format).toBe('jpeg');
    // Turned upright before its orientation was dropped: the 40 by 20 photo, taken sideways, is 20 by 40.
    expect({ width: served.width, height: served.height, orientation: served.orientation }).toEqual({ width: 20, height: 40, orientation: undefined });
  });

  it('is made for PNG, GIF and WebP in their own format; other files are served as uploaded', async () => {
    const exif = { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } };
    for (const [format, name] of [['png', 'a.png'], ['gif', 'a.gif'], ['webp', 'a.webp']] as const) {
      const bytes = await sharp(red).toFormat(format).withExif(exif).toBuffer();
      const file = await inspectUpload(bytes, name);
      const stripped = await strippedCopy(bytes, file);
      const meta = await sharp(Buffer.from(stripped!)).metadata();
      expect({ format: meta.format, exif: meta.exif }, name).toEqual({ format, exif: undefined });
    }
    expect(await strippedCopy(pdf, await inspectUpload(pdf, 'a.pdf'))).toBeNull();
    expect(await strippedCopy(email, await inspectUpload(email, 'a.eml'))).toBeNull();
  });

  it('keeps every frame of an animated GIF', async () => {
    const frame = (background: string) => sharp({ create: { width: 10, height: 10, channels: 3, background } }).png().toBuffer();
    const gif = await sharp([await frame('#c00'), await frame('#00c')], { join: { animated: true } }).gif().toBuffer();
    const stripped = await strippedCopy(gif, await inspectUpload(gif, 'moving.gif'));
    expect((await sharp(Buffer.from(stripped!)).metadata()).pages).toBe(2);
  });

  it('refuses an image that begins as one but does not decode', async () => {
    const photo = await photoWithGps();
    const cut = photo.subarray(0, Math.floor(photo.byteLength * 0.6));
    const file = await inspectUpload(cut, 'cut.jpg');
    expect(await refusal(strippedCopy(cut, file))).toBe('The selected file could not be read as an image: choose the original file');
  });
});

describe('the evidence store in PostgreSQL', () => {
  it('gives back the bytes put in, with the same hash, and refuses bytes that no longer match it', async () => {
    const db = await getDb();
    const bytes = Buffer.concat([await png(), Buffer.from([0, 255, 0, 1, 2, 3])]);
    const atUpload = sha256Hex(bytes);
    const key = await db.transaction((tx) => evidenceStore(tx).put(bytes));
    const back = await db.transaction((tx) => getChecked(evidenceStore(tx), key, atUpload));
    expect(back).toBeInstanceOf(Uint8Array);
    expect(sha256Hex(back)).toBe(atUpload);
    expect(Buffer.from(back).equals(bytes)).toBe(true);
    await expect(db.transaction((tx) => getChecked(evidenceStore(tx), key, sha256Hex(Buffer.from('other'))))).rejects.toBeInstanceOf(EvidenceAltered);
    await expect(db.transaction((tx) => evidenceStore(tx).get('no-such-key'))).rejects.toThrow('No evidence file is stored under that key');
  });

  it('keeps nothing from a rolled-back upload', async () => {
    const db = await getDb();
    let key = '';
    await expect(
      db.transaction(async (tx) => {
        key = await evidenceStore(tx).put(Buffer.from('kept only with its record'));
        throw new Error('the record could not be saved');
      }),
    ).rejects.toThrow('the record could not be saved');
    expect(await db.select().from(attachmentBlobs).where(eq(attachmentBlobs.key, key))).toEqual([]);
  });

  it('cannot change or delete stored bytes', async () => {
    const db = await getDb();
    const key = await db.transaction((tx) => evidenceStore(tx).put(Buffer.from('evidence')));
    // drizzle wraps the database's error; its cause carries the trigger's message.
    const refused = { cause: { message: expect.stringMatching(/attachment_blobs is append-only/) } };
    await expect(db.update(attachmentBlobs).set({ bytes: Buffer.from('altered') }).where(eq(attachmentBlobs.key, key))).rejects.toMatchObject(refused);
    await expect(db.delete(attachmentBlobs).where(eq(attachmentBlobs.key, key))).rejects.toMatchObject(refused);
    await expect(db.execute(sql`truncate attachment_blobs`)).rejects.toMatchObject(refused);
    const [row] = await db.select().from(attachmentBlobs).where(eq(attachmentBlobs.key, key));
    expect(Buffer.from(row.bytes).toString()).toBe('evidence');
  });
});
