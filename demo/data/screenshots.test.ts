import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { inspectUpload } from '@/lib/evidence/inspect';
import { fakePostScreenshot, fakePostSvg, wrap } from './screenshots';

const post = {
  platform: 'Chatterbox',
  displayName: 'Kestrel Watcher',
  handle: 'kv_watcher_22',
  postedAt: '2 Nov 2026, 23:47',
  clock: '23:52',
  text: 'I saw you leave the gym at 9 tonight. You looked tired. You should not walk home by the canal on your own <3',
  likes: 3,
};

describe('demo screenshots', () => {
  it('are PNGs that pass the upload checks, the same bytes each time', async () => {
    const png = await fakePostScreenshot(post);
    expect(await inspectUpload(png, 'Screenshot_20261102-235200.png')).toMatchObject({ mimeType: 'image/png', kind: 'image' });
    const meta = await sharp(png).metadata();
    expect({ format: meta.format, width: meta.width }).toEqual({ format: 'png', width: 720 });
    expect((await fakePostScreenshot(post)).equals(png)).toBe(true);
  });

  it('wrap the words and escape what SVG would read as markup', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrap('first\nsecond', 40)).toEqual(['first', 'second']);
    const svg = fakePostSvg({ ...post, text: '<script>alert("x")</script> & more' });
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(svg).not.toContain('<script>');
  });
});
