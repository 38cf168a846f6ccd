import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT, refuseEarly } from './request-guard';

const actionId = '40a62eda61e3f871a8a4c9bf112de2345ae730348c';
const origin = 'http://localhost:3000';
const post = (body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'text/plain;charset=UTF-8' }) =>
  new Request(`${origin}/account/email`, { method: 'POST', headers: { 'next-action': actionId, origin, host: 'localhost:3000', ...headers }, body, duplex: 'half' } as RequestInit);

/** A body streamed in chunks with no Content-Length, as a chunked upload is. */
function chunked(chunk: string, times: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(chunk);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ < times) controller.enqueue(bytes);
      else controller.close();
    },
  });
}

describe('a server action’s body, checked before Next.js decodes it', () => {
  it('lets through what the browser’s React sends: a JSON array of arguments as text, or form data with that array in field 0', async () => {
    for (const text of ['[]', '[{"emailed":["action_assigned"]}]', '["$undefined","$D2026-03-01T10:00:00.000Z","$n12345","$$5 off","$T","$NaN",{"note":"$-0"}]']) {
      expect(await refuseEarly(post(text)), text).toBeNull();
    }
    expect(await refuseEarly(post(chunked('[{"emailed":[]}]', 1)))).toBeNull(); // sent in chunks, no Content-Length
    const form = new FormData();
    form.set('0', '["$K1"]');
    form.set('1_note', 'Visit booked');
    expect(await refuseEarly(post(form, {}))).toBeNull();
    // Not a server action, or one Next.js itself answers "not found": left alone.
    expect(await refuseEarly(new Request(`${origin}/account/email`, { method: 'POST', body: 'not json' }))).toBeNull();
    expect(await refuseEarly(post('a=b', { 'content-type': 'application/x-www-form-urlencoded' }))).toBeNull();
  });

  it('answers 400, without a word of what was sent, to an empty body, text that is not a JSON array of arguments, and broken form data', async () => {
    const sentinel = 'SENTINEL-Ann-Example';
    const bad = new FormData();
    bad.set('0', `{${sentinel}`);
    const noRoot = new FormData();
    noRoot.set('1_note', sentinel);
    for (const [what, request] of [
      ['an empty body', post('')],
      ['a blank body', post('   ')],
      ['no body at all', post(null)],
      ['text that is not JSON', post(`[{"note":"${sentinel}"`)],
      ['JSON that is not an array of arguments', post(`{"note":"${sentinel}"}`)],
      ['a reference to a part a text body cannot have', post(`["$Q1","${sentinel}"]`)],
      ['a BigInt that is not a number', post('["$nSENTINEL"]')],
      ['bytes that are not UTF-8', post(new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]))],
      ['form data whose field 0 is not JSON', post(bad, {})],
      ['form data with no field 0', post(noRoot, {})],
      ['a multipart body that is not form data', post(`garbage ${sentinel}`, { 'content-type': 'multipart/form-data; boundary=xyz' })],
      ['nesting too deep to check', post('['.repeat(200_000) + ']'.repeat(200_000))],
    ] as const) {
      const answer = await refuseEarly(request);
      expect(answer?.status, what).toBe(400);
      const page = await answer!.text();
      expect(page, what).toContain('What you sent could not be read');
      expect(page, what).not.toContain(sentinel);
      expect(page, what).not.toMatch(/at \w+ \(|Error:/);
    }
  });

  it('answers 413 to a body over the limit sent without a Content-Length', async () => {
    const answer = await refuseEarly(post(chunked('x'.repeat(64 * 1024), Math.ceil(ACTION_BODY_LIMIT / (64 * 1024)) + 1)));
    expect(answer?.status).toBe(413);
  });
});
