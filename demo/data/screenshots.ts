// Fictional screenshots for the demo's stalking cases: a phone's view of a post or message on a made-up
// social-media app, drawn from an SVG with sharp into a PNG. The accounts, names and words are invented;
// the look is generic, copying no real platform's design. Same input, same bytes: the demo is repeatable.
import sharp from 'sharp';

export interface FakePost {
  /** The app's name as shown in its header, e.g. "Chatterbox". */
  platform: string;
  displayName: string;
  /** Without the @. */
  handle: string;
  /** As the app shows it, e.g. "2 Nov 2026, 23:47". */
  postedAt: string;
  text: string;
  /** The phone's clock in its status bar, e.g. "23:52". */
  clock?: string;
  /** "Post" (a public post, with likes) or "Message" (a direct message). */
  kind?: 'post' | 'message';
  likes?: number;
}

const width = 720;
const margin = 40;
const lineHeight = 40;
const fontSize = 28;
// DejaVu Sans at 28px averages about 15px a character: lines of 40 fit the card.
const charsPerLine = 40;

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string);
}

/** Breaks the words into lines of at most `max` characters (a longer word stands alone on its line). */
export function wrap(text: string, max = charsPerLine): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > max) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

/** A colour for the account's avatar, from its handle, so each account keeps its own. */
function avatarColour(handle: string): string {
  let h = 0;
  for (const c of handle) h = (h * 31 + c.charCodeAt(0)) % 360;
  return `hsl(${h}, 55%, 45%)`;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0].toUpperCase())
    .join('');
}

/** The SVG of the screenshot (exported for tests; the demo uses the PNG). */
export function fakePostSvg(post: FakePost): string {
  const lines = wrap(post.text);
  const kind = post.kind ?? 'post';
  const top = 60 + 100; // status bar, then the app's header
  const bodyTop = top + 140;
  const height = bodyTop + lines.length * lineHeight + 120;
  const text = lines
    .map((line, i) => `<text x="${margin}" y="${bodyTop + i * lineHeight}" font-size="${fontSize}" fill="#0b0c0c">${escapeXml(line)}</text>`)
    .join('');
  const footer =
    kind === 'post'
      ? `♥ ${post.likes ?? 0}   ·   Reply   ·   Share`
      : 'Seen';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">
  <rect width="100%" height="100%" fill="#ffffff"/>
  <rect width="100%" height="60" fill="#f3f2f1"/>
  <text x="${margin}" y="42" font-size="26" font-weight="bold" fill="#0b0c0c">${escapeXml(post.clock ?? '')}</text>
  <text x="${width - margin}" y="42" font-size="24" text-anchor="end" fill="#0b0c0c">4G  82%</text>
  <rect y="60" width="100%" height="100" fill="#4c2c92"/>
  <text x="${margin}" y="124" font-size="36" font-weight="bold" fill="#ffffff">${escapeXml(post.platform)}</text>
  <text x="${width - margin}" y="122" font-size="24" text-anchor="end" fill="#ffffff">${kind === 'post' ? 'Post' : 'Message'}</text>
  <circle cx="${margin + 40}" cy="${top + 60}" r="40" fill="${avatarColour(post.handle)}"/>
  <text x="${margin + 40}" y="${top + 71}" font-size="30" font-weight="bold" text-anchor="middle" fill="#ffffff">${escapeXml(initials(post.displayName))}</text>
  <text x="${margin + 100}" y="${top + 50}" font-size="28" font-weight="bold" fill="#0b0c0c">${escapeXml(post.displayName)}</text>
  <text x="${margin + 100}" y="${top + 88}" font-size="24" fill="#505a5f">@${escapeXml(post.handle)} · ${escapeXml(post.postedAt)}</text>
  ${text}
  <line x1="${margin}" x2="${width - margin}" y1="${height - 80}" y2="${height - 80}" stroke="#b1b4b6" stroke-width="2"/>
  <text x="${margin}" y="${height - 32}" font-size="24" fill="#505a5f">${escapeXml(footer)}</text>
</svg>`;
}

/** The screenshot as a PNG, as a victim would save it from their phone. */
export function fakePostScreenshot(post: FakePost): Promise<Buffer> {
  return sharp(Buffer.from(fakePostSvg(post))).png().toBuffer();
}
