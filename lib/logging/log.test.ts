import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { InputRejected } from '@/lib/errors';
import { captured } from '@/test/output';
import { log, safeError } from './log';
import { withoutParameters } from './database-failure';

const SENTINEL = 'SENTINEL-Lg4w';

function lines(output: string) {
  return output
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('the server log', () => {
  it('writes one JSON line per event with codes, ids and timings, and redacts personal fields at any depth', async () => {
    const { output } = await captured(async () =>
      log.info(
        {
          requestId: 'req-1',
          caseId: 'case-1',
          ms: 12,
          name: `${SENTINEL} top`,
          email: `${SENTINEL}@example.test`,
          search: SENTINEL,
          victim: { name: SENTINEL, address: SENTINEL },
          input: { reason: SENTINEL },
          referral: { form: { victim: SENTINEL }, phone: SENTINEL },
          deeper: { still: { safeContacts: SENTINEL, justification: SENTINEL } },
          query: `select ${SENTINEL}`,
          params: [SENTINEL],
        },
        'case viewed',
      ),
    );
    expect(output).not.toContain(SENTINEL);
    const [line] = lines(output);
    expect(line).toMatchObject({ level: 'info', msg: 'case viewed', requestId: 'req-1', caseId: 'case-1', ms: 12, name: '[redacted]', victim: '[redacted]' });
    expect(line.deeper).toEqual({ still: { safeContacts: '[redacted]', justification: '[redacted]' } });
  });

  it('logs of an error only its type, code and frames; the message only for our own errors', async () => {
    const { output } = await captured(async () => {
      log.error({ err: new SyntaxError(`Unexpected token in JSON: "${SENTINEL}"`) }, 'bad body');
      log.error({ err: Object.assign(new Error(`connect ECONNREFUSED ${SENTINEL}`), { code: 'ECONNREFUSED', cause: new Error(SENTINEL) }) }, 'down');
      log.warn({ err: new InputRejected({ email: 'A user with this email address already exists' }) }, 'refused');
    });
    expect(output).not.toContain(SENTINEL);
    const [json, down, refused] = lines(output);
    expect(json.err).toMatchObject({ type: 'SyntaxError', stack: expect.stringContaining('log.test.ts') });
    expect(json.err).not.toHaveProperty('message');
    expect(down.err).toMatchObject({ type: 'Error', code: 'ECONNREFUSED' });
    expect(refused.err).toMatchObject({ type: 'InputRejected', message: 'A user with this email address already exists' });
  });

  it('a raw database error (drizzle, with the query and its parameters) logs without them', async () => {
    const db = await getDb();
    const raw = await db.execute(sql`select ${`${SENTINEL}\u0000`}::text as x`).then(
      () => null,
      (err: unknown) => err,
    );
    // It is the framework's kind of error: its message holds the parameter.
    expect(String((raw as Error).message)).toContain(SENTINEL);
    const { output } = await captured(async () => log.error({ err: raw }, 'database error'));
    expect(output).not.toContain(SENTINEL);
    expect(lines(output)[0].err).toMatchObject({ type: expect.any(String), code: expect.stringMatching(/^[0-9A-Z]{5}$/) });

    const { error } = withoutParameters(raw, { verb: 'test', requestId: 'req-2' });
    expect(error).toMatchObject({ name: 'DatabaseFailure', code: (safeError(raw) as { code: string }).code, verb: 'test', requestId: 'req-2' });
  });
});
