import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { actionBoardQuerySchema, reassignActionSchema, updateActionSchema } from '@/lib/action-items/schemas';
import { createAgencySchema, updateAgencySchema } from '@/lib/agencies/schemas';
import { auditFilterSchema } from '@/lib/audit/schemas';
import * as meetings from '@/lib/meetings/schemas';
import { emailPreferencesSchema, notificationListSchema } from '@/lib/notifications/schemas';
import { screenReferralSchema, submitReferralSchema } from '@/lib/referrals/decision-schemas';
import { completeFieldStepSchema, draftSchemaFor } from '@/lib/referrals/form/schemas';
import { fieldSteps, referralSteps, type FieldStep } from '@/lib/referrals/form/fields';
import { createUserSchema, updateUserAccessSchema } from '@/lib/users/schemas';
import { todayInUk } from '@/db/clock';
import { yearsAfter } from '@/lib/dates/calendar-date';
import { hasHiddenCharacters } from './typed-text';

// Every server action's input schema, given anything at all: it answers with a clean ZodError or
// with a value that holds no NUL or lone surrogate (which the database would refuse with a 500) and
// no key that the schema does not name (an unknown key is never stored).

const schemas: Record<string, z.ZodType> = {
  updateAction: updateActionSchema,
  reassignAction: reassignActionSchema,
  createAgency: createAgencySchema,
  updateAgency: updateAgencySchema,
  createUser: createUserSchema,
  updateUserAccess: updateUserAccessSchema,
  submitReferral: submitReferralSchema,
  screenReferral: screenReferralSchema,
  emailPreferences: emailPreferencesSchema,
  scheduleMeeting: meetings.scheduleMeetingSchema,
  meetingSettings: meetings.meetingSettingsSchema,
  moveItem: meetings.moveItemSchema,
  addCase: meetings.addCaseSchema,
  defer: meetings.deferSchema,
  research: meetings.researchSchema,
  attendance: meetings.attendanceSchema,
  minutes: meetings.minutesSchema,
  correction: meetings.correctionSchema,
  actionItem: meetings.actionItemSchema,
  actionReview: meetings.actionReviewSchema,
  actionBoardQuery: actionBoardQuerySchema,
  auditFilter: auditFilterSchema,
  notificationList: notificationListSchema,
  ...Object.fromEntries(referralSteps.map((step) => [`draft ${step}`, draftSchemaFor(step)])),
  ...Object.fromEntries(Object.keys(fieldSteps).map((step) => [`complete ${step}`, completeFieldStepSchema(step as FieldStep)])),
};

const uuid = '5b0c6f0e-8d7a-4c1e-9f3a-1d2b3c4d5e6f';
/** Every field name the forms use, so generated input often reaches the fields' own checks. */
const knownKeys = [
  ...new Set([
    ...Object.values(fieldSteps).flatMap((fields) => fields.map((f) => f.name)),
    ...['actionItemId', 'agendaItemId', 'meetingId', 'itemId', 'referralId', 'userId', 'sessionId', 'agencyId', 'ownerAgencyId', 'ownerUserId', 'ownerName', 'toMeetingId', 'caseId'],
    ...['version', 'status', 'note', 'reason', 'description', 'dueOn', 'date', 'time', 'venue', 'videoLink', 'chairUserId', 'noTrace', 'facts', 'opinion', 'risks', 'withheld'],
    ...['entries', 'representative', 'members', 'child', 'answers', 'sources', 'markedStalking', 'decision', 'matches', 'answer', 'outcome', 'type', 'active', 'role', 'emailed'],
    ...['casesPerMeeting', 'minutesPerCase', 'direction', 'informationShared', 'decisions', 'dueFrom', 'dueTo', 'owner', 'caseNumber', 'from', 'to', 'action', 'resource', 'page', 'sort', 'dir'],
  ]),
];
const extraKey = fc.string({ maxLength: 8 }).map((s) => `zz_extra${s}`);
const nasty = fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\uD800', 'x\uDC00', '\u001B[31m', '🙂', uuid, '2027-02-30', '9999-12-31', '2026-06-01', '10:00', 'yes', 'no', 'open', 'completed', 'q1', 'https://x.example', 'a@example.org', '1', '-1', 'NaN', '__proto__');
const text = fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const leaf = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.double());
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.oneof(fc.constantFrom(...knownKeys, 'q1', 'q2', uuid), extraKey), tie('v'), { maxKeys: 4 })),
})).v;
const input = fc.oneof(value, fc.dictionary(fc.oneof(fc.constantFrom(...knownKeys), extraKey), value, { maxKeys: 12 }));

function* strings(v: unknown, keys = false): Generator<string> {
  if (typeof v === 'string') yield v;
  else if (Array.isArray(v)) for (const x of v) yield* strings(x, keys);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) {
    if (keys) yield k;
    yield* strings(x, keys);
  }
}

/** A valid input of each form: the generator changes some of its fields and adds keys, so most runs reach every check. */
const owner = { ownerAgencyId: uuid, ownerUserId: uuid, ownerName: '' };
const valid: Record<string, Record<string, unknown>> = {
  updateAction: { actionItemId: uuid, version: 1, status: 'open', note: 'Visit booked' },
  reassignAction: { actionItemId: uuid, version: 1, ...owner, note: 'Moved' },
  createAgency: { name: 'Police', type: 'police' },
  createUser: { name: 'Ann', email: 'a@example.org', role: 'agency', agencyId: uuid },
  submitReferral: { referralId: uuid, version: 1, answer: 'Yes' },
  screenReferral: { referralId: uuid, version: 1, decision: 'return', note: 'Why?', matches: {} },
  scheduleMeeting: { date: yearsAfter(todayInUk(), 1), time: '10:00', venue: 'Hall', videoLink: '', chairUserId: '' },
  defer: { itemId: uuid, toMeetingId: uuid, reason: 'Not ready' },
  research: { agendaItemId: uuid, version: 0, noTrace: 'no', facts: 'Known', opinion: '', risks: '', withheld: '' },
  attendance: { meetingId: uuid, entries: [{ agencyId: uuid, status: 'present', representative: 'Ann' }] },
  minutes: { agendaItemId: uuid, version: 0, decisions: 'Agreed' },
  correction: { agendaItemId: uuid, version: 0, decisions: 'Agreed', reason: 'Typo' },
  actionItem: { agendaItemId: uuid, description: 'Visit', ...owner, dueOn: '2026-06-01' },
  actionReview: { meetingId: uuid, actionItemId: uuid, outcome: 'on_track', note: '' },
  actionBoardQuery: { owner: 'Ann', caseNumber: 'KV1', dueFrom: '2026-01-01' },
  auditFilter: { action: 'case.view', resource: 'case', from: '2026-01-01' },
  'draft victim': { name: 'Ann', address: 'Somewhere', safeTimes: 'Mornings' },
  'draft household': { members: [{ name: 'Sam', child: 'yes', school: 'Oak' }] },
  'draft risk': { answers: { q1: 'yes' }, sources: { q1: 'Police' }, markedStalking: '' },
};
/** A valid input with some of its fields (at any depth) given other values, and keys the schema does not name. */
const changed = (base: Record<string, unknown>) =>
  fc
    .tuple(fc.dictionary(fc.constantFrom(...Object.keys(base)), text, { maxKeys: 3 }), fc.dictionary(extraKey, value, { maxKeys: 2 }), fc.dictionary(extraKey, text, { maxKeys: 1 }))
    .map(([fields, extra, nestedExtra]) => {
      const out: Record<string, unknown> = { ...base, ...fields, ...extra };
      for (const [k, v] of Object.entries(out)) {
        if (Array.isArray(v)) out[k] = v.map((x) => (x && typeof x === 'object' ? { ...x, ...nestedExtra, ...(Object.keys(fields).length ? { [Object.keys(x)[0]]: Object.values(fields)[0] } : {}) } : x));
        else if (v && typeof v === 'object') out[k] = { ...v, ...nestedExtra, q2: Object.values(fields)[0] ?? 'yes' };
      }
      return out;
    });

describe('the server actions’ input schemas, given anything', () => {
  it('takes each valid input as it is (so the runs below reach the fields’ checks)', () => {
    for (const [name, base] of Object.entries(valid)) expect(schemas[name].safeParse(base).success, name).toBe(true);
  });

  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name}: a clean refusal, or clean values with no unknown key`, () => {
      fc.assert(
        fc.property(valid[name] ? fc.oneof(changed(valid[name]), input) : input, (raw) => {
          let result: ReturnType<typeof schema.safeParse>;
          try {
            result = schema.safeParse(raw);
          } catch (err) {
            throw new Error(`${name} threw ${String(err)}`);
          }
          if (!result.success) {
            expect(result.error).toBeInstanceOf(z.ZodError);
            expect(result.error.issues.every((i) => typeof i.message === 'string' && i.message.length > 0)).toBe(true);
            return;
          }
          for (const s of strings(result.data)) expect(hasHiddenCharacters(s), `${name} let through ${JSON.stringify(s)}`).toBe(false);
          for (const k of strings(result.data, true)) expect(k.startsWith('zz_extra'), `${name} kept the unknown key ${k}`).toBe(false);
        }),
        { numRuns: 150 },
      );
    });
  }
});
