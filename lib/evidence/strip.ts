import 'server-only';
import sharp, { type Sharp } from 'sharp';
import { InputRejected } from '@/lib/errors';
import type { InspectedFile } from './inspect';

/**
 * The copy of an image served to most viewers: decoded and encoded again in the same format, turned
 * upright by its EXIF orientation first, with no metadata kept (sharp keeps none unless asked): no
 * EXIF, so no GPS position, device or time stamp; no XMP or PNG text. The victim's location may be in
 * a photo they took; the original, byte for byte, is kept for the police.
 *
 * Null for anything else, which is served as uploaded. PDFs (author, software), audio and video (an
 * MP4 can hold where it was recorded) keep their metadata: removing it is not done yet.
 */
export async function strippedCopy(bytes: Uint8Array, file: Pick<InspectedFile, 'kind' | 'mimeType'>): Promise<Uint8Array | null> {
  if (file.kind !== 'image') return null;
  const encode = encoderFor(file.mimeType);
  try {
    const { pages = 1 } = await sharp(bytes).metadata();
    // Every frame of an animated GIF or WebP; sharp turns those only by half-turns, and they carry no orientation.
    const animated = pages > 1;
    const image = animated ? sharp(bytes, { animated }) : sharp(bytes).rotate();
    const encoded = await encode(image).toBuffer();
    return new Uint8Array(encoded.buffer, encoded.byteOffset, encoded.byteLength);
  } catch {
    // The bytes begin as an image but do not decode as one (cut short, damaged).
    throw new InputRejected({ file: 'The selected file could not be read as an image: choose the original file' });
  }
}

function encoderFor(mimeType: string): (image: Sharp) => Sharp {
  switch (mimeType) {
    case 'image/jpeg':
      return (i) => i.jpeg({ quality: 90 });
    case 'image/png':
      return (i) => i.png();
    case 'image/gif':
      return (i) => i.gif();
    case 'image/webp':
      return (i) => i.webp({ quality: 90 });
    default:
      throw new Error(`No encoder for ${mimeType}`);
  }
}
