import { inspect } from 'node:util';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { InputRejected } from '@/lib/errors';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { listCases } from '@/lib/cases/list';
import { createReferral } from '@/lib/referrals/create';
import { saveReferralStep } from '@/lib/referrals/save-step';
import { createUser } from '@/lib/users/create';
import { makeAreaWithStaff } from '@/test/factories';
import { captured } from '@/test/output';
import { completeForm } from '@/test/referral-form';

// A database failure with personal data in the query's parameters must leave none of it in anything
// the server writes: its log, stdout, stderr, console, or the error that the framework prints.
const SENTINEL = 'SENTINEL-Zq7x';

/** The error as Node (and so Next) prints it: message, stack, cause chain and every enumerable field. */
function printed(err: unknown): string {
  const e = err as Error;
  return [inspect(err, { depth: 20 }), e.message, e.stack, inspect(e.cause, { depth: 20 }), JSON.stringify(err)].join('\n');
}

/** The failed call: it must have failed with an error that names only the SQL state, verb and request id. */
function failure(result: PromiseSettledResult<unknown>): Error {
  expect(result.status).toBe('rejected');
  return (result as PromiseRejectedResult).reason as Error;
}

function expectNothingOf(values: string[], output: string, err: Error) {
  const text = `${output}\n${printed(err)}`.toLowerCase();
  for (const v of values) expect(text, `"${v}" was printed`).not.toContain(v.toLowerCase());
}

/** The one log line of the failure: JSON, with the SQL state, the verb and the request id. */
function logLine(output: string, requestId: string) {
  const lines = output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l.msg === 'database error');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ level: 'error', requestId, code: expect.stringMatching(/^[0-9A-Z]{5}$/) });
  return lines[0];
}

/**
 * Input that passes its verb's schema but that the database itself refuses: a trigger fails any
 * referral or user row naming the sentinel, and puts the whole row (the personal data) in its message.
 */
beforeAll(async () => {
  const db = await getDb();
  await db.execute(sql.raw(`create function test_refuse_sentinel() returns trigger language plpgsql as $$
    begin
      if row_to_json(new)::text ilike '%${SENTINEL}%' then raise exception 'refused: %', row_to_json(new)::text; end if;
      return new;
    end $$`));
  for (const table of ['referrals', 'users']) {
    await db.execute(sql.raw(`create trigger test_refuse_sentinel before insert or update on ${table} for each row execute function test_refuse_sentinel()`));
  }
});

afterAll(async () => {
  const db = await getDb();
  for (const table of ['referrals', 'users']) await db.execute(sql.raw(`drop trigger test_refuse_sentinel on ${table}`));
  await db.execute(sql.raw('drop function test_refuse_sentinel'));
});

describe('a database failure at the transaction boundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a referral the database refuses: the victim’s details appear in no output and not in the error', async () => {
    const { as } = await makeAreaWithStaff();
    const { referralId } = await createReferral(as.officer);
    const victim = {
      ...completeForm().victim,
      name: `${SENTINEL} Name`,
      address: `${SENTINEL} 12 Address Road`,
      phone: '07700 955512',
      safeContacts: `${SENTINEL} contact`,
    };
    const { output, result } = await captured(() => saveReferralStep(as.officer, { referralId, version: 1, step: 'victim', values: victim }));
    const err = failure(result);
    expectNothingOf([SENTINEL, '07700 955512', 'update "referrals"', 'victim_name'], output, err);
    expect(err).toMatchObject({ name: 'DatabaseFailure', requestId: as.officer.requestId, verb: 'saveReferralStep' });
    expect(err.cause).toBeUndefined();
    expect(logLine(output, as.officer.requestId)).toMatchObject({ verb: 'saveReferralStep', code: (err as unknown as { code: string }).code });
  });

  it('a lone surrogate in a protected field never reaches the database: the verb refuses it, and prints nothing of it', async () => {
    const { as } = await makeAreaWithStaff();
    const { referralId } = await createReferral(as.officer);
    const victim = { ...completeForm().victim, name: 'Other', safeTimes: `${SENTINEL} \ud800 mornings` };
    const { output, result } = await captured(() => saveReferralStep(as.officer, { referralId, version: 1, step: 'victim', values: victim }));
    const err = failure(result);
    expectNothingOf([SENTINEL], output, err);
    expect(err).toBeInstanceOf(InputRejected);
    expect((err as InputRejected).fieldErrors).toEqual({ safeTimes: expect.stringMatching(/must not include hidden characters/) });
  });

  it('a failing user creation: the email address and name appear nowhere', async () => {
    const { as, agencies } = await makeAreaWithStaff();
    const email = `sentinel-zq7x-${randomUUID().slice(0, 6)}@example.test`;
    const { output, result } = await captured(() =>
      createUser(as.admin, { name: `${SENTINEL} Person`, email, role: 'agency', agencyId: agencies.police.id }),
    );
    const err = failure(result);
    expectNothingOf([SENTINEL, email], output, err);
    expect(err).toMatchObject({ name: 'DatabaseFailure', verb: 'createUser' });
    logLine(output, as.admin.requestId);
  });

  it('a failing search: the search term appears nowhere', async () => {
    const { as } = await makeAreaWithStaff();
    const { output, result } = await captured(() =>
      listCases(as.coordinator, { page: 1, pageSize: 25, sort: 'number', direction: 'asc', search: `${SENTINEL}\u0000` }),
    );
    const err = failure(result);
    expectNothingOf([SENTINEL], output, err);
    logLine(output, as.coordinator.requestId);
  });

  it('a failing sign-in: the email address appears nowhere', async () => {
    const requestId = randomUUID();
    const { output, result } = await captured(() => signInWithPassword({ email: `${SENTINEL}@example.test\u0000`, password: 'whatever it is', requestId }));
    const err = failure(result);
    expectNothingOf([SENTINEL], output, err);
    expect(err).toMatchObject({ name: 'DatabaseFailure', verb: 'signIn' });
    logLine(output, requestId);
  });
});
