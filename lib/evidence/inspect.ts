import 'server-only';
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { InputRejected } from '@/lib/errors';
import { getSettings } from '@/lib/settings';

/** What a file is as evidence: `image` files are also kept without their metadata (strip.ts). */
export type EvidenceKind = 'image' | 'pdf' | 'text' | 'audio' | 'video';

interface Allowed {
  kind: EvidenceKind;
  /** The endings a file of this type may be named with (the first is the usual one). */
  names: readonly string[];
}

/**
 * The types an attachment may be, by what file-type finds in the bytes (its `ext`). HEIC is not
 * among them although file-type knows it: the image library cannot read it, so no copy without the
 * photo's location could be made; phones and browsers send JPEG when asked for an upload.
 */
const allowedTypes: Record<string, Allowed> = {
  jpg: { kind: 'image', names: ['jpg', 'jpeg'] },
  png: { kind: 'image', names: ['png'] },
  gif: { kind: 'image', names: ['gif'] },
  webp: { kind: 'image', names: ['webp'] },
  pdf: { kind: 'pdf', names: ['pdf'] },
  mp3: { kind: 'audio', names: ['mp3'] },
  m4a: { kind: 'audio', names: ['m4a'] },
  wav: { kind: 'audio', names: ['wav'] },
  ogg: { kind: 'audio', names: ['ogg', 'oga'] },
  oga: { kind: 'audio', names: ['oga', 'ogg'] },
  opus: { kind: 'audio', names: ['opus', 'ogg'] },
  // MPEG-4 files carry a brand that says audio or video, which not every device sets as its name says.
  mp4: { kind: 'video', names: ['mp4', 'm4v', 'm4a'] },
  m4v: { kind: 'video', names: ['m4v', 'mp4'] },
  mov: { kind: 'video', names: ['mov', 'qt'] },
  webm: { kind: 'video', names: ['webm'] },
};

/** Text has no signature for file-type to find: an email saved as .eml, or headers pasted into a .txt. */
const textTypes: Record<string, string> = { eml: 'message/rfc822', txt: 'text/plain; charset=utf-8' };

/** A name's ending as users know it, for the refusals. */
const nameLabels: Record<string, string> = {
  jpg: 'a JPG',
  jpeg: 'a JPG',
  png: 'a PNG',
  gif: 'a GIF',
  webp: 'a WebP',
  pdf: 'a PDF',
  eml: 'an email (EML)',
  txt: 'a text file',
  mp3: 'an MP3',
  m4a: 'an M4A',
  wav: 'a WAV',
  ogg: 'an OGG',
  oga: 'an OGG',
  opus: 'an OGG',
  mp4: 'an MP4',
  m4v: 'an MP4',
  mov: 'a MOV',
  qt: 'a MOV',
  webm: 'a WebM',
};

const allowedList = 'The selected file must be a JPG, PNG, GIF, WebP, PDF, EML, TXT, MP3, M4A, WAV, OGG, MP4, MOV or WebM';

export interface InspectedFile {
  /** The name as given, for the record. */
  fileName: string;
  /** The type found in the bytes. */
  mimeType: string;
  kind: EvidenceKind;
  sizeBytes: number;
  sha256: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function nameEnding(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** UTF-8 that decodes without error and holds no NUL: what a saved email or pasted headers are. */
function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const refuse = (message: string) => new InputRejected({ file: message });

/**
 * Checks an uploaded file before it is kept: not empty, under the size limit, of an allowed type as
 * found in its bytes (not as its name says), and named as what it is (a JPEG named .png is refused:
 * the original should be chosen). Throws InputRejected on the `file` field; otherwise returns its
 * detected type, size and SHA-256.
 */
export async function inspectUpload(bytes: Uint8Array, fileName: string): Promise<InspectedFile> {
  const { attachmentMaxMb } = getSettings();
  if (bytes.byteLength === 0) throw refuse('The selected file is empty');
  if (bytes.byteLength > attachmentMaxMb * 1024 * 1024) throw refuse(`The selected file must be smaller than ${attachmentMaxMb} MB`);

  const ending = nameEnding(fileName);
  const detected = await fileTypeFromBuffer(bytes);
  const allowed = detected && Object.hasOwn(allowedTypes, detected.ext) ? allowedTypes[detected.ext] : undefined;
  const found = (mimeType: string, kind: EvidenceKind): InspectedFile => ({ fileName, mimeType, kind, sizeBytes: bytes.byteLength, sha256: sha256Hex(bytes) });

  if (detected && allowed?.names.includes(ending)) return found(detected.mime, allowed.kind);
  if (!detected && Object.hasOwn(textTypes, ending) && isText(bytes)) return found(textTypes[ending], 'text');
  // Named as an allowed type but holding something else (another allowed type, or not one at all).
  if (Object.hasOwn(nameLabels, ending)) throw refuse(`The selected file’s contents are not ${nameLabels[ending]}: choose the original file`);
  // An allowed type under a name that does not say what it is ("photo", "photo.exe").
  if (allowed) throw refuse(`The selected file’s name must end in .${allowed.names[0]}`);
  throw refuse(allowedList);
}
