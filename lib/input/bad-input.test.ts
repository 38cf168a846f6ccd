import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { setClock } from '@/db/clock';
import { actionBoardQuerySchema, reassignActionSchema, updateActionSchema } from '@/lib/action-items/schemas';
import { createAgencySchema, updateAgencySchema } from '@/lib/agencies/schemas';
import { auditFilterSchema } from '@/lib/audit/schemas';
import { actionItemSchema, attendanceSchema, correctionSchema, deferSchema, minutesSchema, researchSchema, scheduleMeetingSchema } from '@/lib/meetings/schemas';
import { screenReferralSchema, submitReferralSchema } from '@/lib/referrals/decision-schemas';
import { completeFieldStepSchema, draftSchemaFor, fieldStepSchema, householdSchema, riskStepSchema } from '@/lib/referrals/form/schemas';
import { createUserSchema } from '@/lib/users/schemas';

// Bad input must be refused by the schema with words for the field, before it reaches the database
// (which fails on a NUL or a lone surrogate, and would otherwise answer 500).

const id = '5b0c6f0e-8d7a-4c1e-9f3a-1d2b3c4d5e6f';
const hidden = { nul: 'Ann\u0000Smith', high: 'Ann\uD800Smith', low: 'Ann\uDC00Smith' };

/** The message zod gives for one field, or undefined when the input is accepted. */
function messageFor(schema: z.ZodType, input: unknown, path: string): string | undefined {
  const result = schema.safeParse(input);
  if (result.success) return undefined;
  return result.error.issues.find((i) => i.path.join('.') === path)?.message ?? `no issue at ${path}: ${JSON.stringify(result.error.issues)}`;
}

beforeAll(() => setClock(new Date('2026-05-20T09:00:00Z')));
afterAll(() => setClock(null));

const textFields: [string, z.ZodType, Record<string, unknown>, string][] = [
  ['the research facts', researchSchema, { agendaItemId: id, version: 0, noTrace: 'no' }, 'facts'],
  ['a deferral reason', deferSchema, { itemId: id, toMeetingId: id }, 'reason'],
  ['a minutes field', minutesSchema, { agendaItemId: id, version: 0 }, 'decisions'],
  ['a correction reason', correctionSchema, { agendaItemId: id, version: 0 }, 'reason'],
  ['an action', actionItemSchema, { agendaItemId: id, ownerAgencyId: id, ownerUserId: id, dueOn: '2026-06-01' }, 'description'],
  ['an attendee', attendanceSchema, { meetingId: id, entries: [{ agencyId: id, status: 'present', representative: 'x' }] }, 'entries.0.representative'],
  ['an action update note', updateActionSchema, { actionItemId: id, version: 1, status: 'open' }, 'note'],
  ['a reassignment note', reassignActionSchema, { actionItemId: id, version: 1, ownerAgencyId: id, ownerUserId: id }, 'note'],
  ['an agency name', createAgencySchema, { type: 'police' }, 'name'],
  ['a user name', createUserSchema, { email: 'a@example.org', role: 'agency', agencyId: id }, 'name'],
  ['a screening note', screenReferralSchema, { referralId: id, version: 1, decision: 'return' }, 'note'],
  ['a referral answer', submitReferralSchema, { referralId: id, version: 1 }, 'answer'],
  ['a victim’s name', fieldStepSchema('victim'), {}, 'name'],
  ['a household member', householdSchema, { members: [{ child: 'yes', name: 'x' }] }, 'members.0.name'],
  ['a renamed agency', updateAgencySchema, { agencyId: id, type: 'police', active: true }, 'name'],
  ['a referrer’s name (a draft)', draftSchemaFor('referrer'), {}, 'name'],
  ['a referrer’s name (a complete step)', completeFieldStepSchema('referrer'), {}, 'name'],
];

describe('text a person typed', () => {
  for (const [what, schema, base, path] of textFields) {
    it(`refuses a NUL or a lone surrogate in ${what}, with words for the field`, () => {
      const key = path.split('.').pop()!;
      for (const bad of Object.values(hidden)) {
        const input = path.startsWith('entries.') ? { ...base, entries: [{ ...(base.entries as object[])[0], [key]: bad }] } : path.startsWith('members.') ? { members: [{ child: 'yes', [key]: bad }] } : { ...base, [path]: bad };
        expect(messageFor(schema, input, path)).toMatch(/must not include hidden characters/);
      }
    });
  }

  it('keeps emoji and accents, and removes other invisible control characters', () => {
    const parsed = researchSchema.parse({ agendaItemId: id, version: 0, noTrace: 'no', facts: ' Zoë 🙂\u000B seen\u001B\n twice ' });
    expect(parsed.facts).toBe('Zoë 🙂 seen\n twice');
  });

  it('stores no checklist answer or source under a key that is not one of its questions', () => {
    expect(riskStepSchema.safeParse({ answers: { q1: 'yes', 'x\u0000': 'yes' } }).success).toBe(false);
    expect(riskStepSchema.safeParse({ answers: { q1: 'yes' }, sources: { notAQuestion: 'x' } }).success).toBe(false);
    expect(riskStepSchema.parse({ answers: { q1: 'yes' }, sources: { q1: 'police' } })).toMatchObject({ answers: { q1: 'yes' }, sources: { q1: 'police' } });
  });
});

describe('dates are real calendar dates', () => {
  const meeting = { time: '10:00', venue: 'Town hall' };
  it('refuses a meeting on 30 February, or more than 5 years ahead, and takes a real one', () => {
    expect(messageFor(scheduleMeetingSchema, { ...meeting, date: '2027-02-30' }, 'date')).toBe('The date of the meeting must be a real date');
    expect(messageFor(scheduleMeetingSchema, { ...meeting, date: '9999-01-01' }, 'date')).toBe('The meeting must be within 5 years of today');
    expect(messageFor(scheduleMeetingSchema, { ...meeting, date: '2031-05-21' }, 'date')).toBe('The meeting must be within 5 years of today');
    expect(messageFor(scheduleMeetingSchema, { ...meeting, date: '2026-05-19' }, 'date')).toBe('The meeting must be today or later');
    expect(scheduleMeetingSchema.parse({ ...meeting, date: '2028-02-29' }).date).toBe('2028-02-29');
  });

  it('refuses an action due on a day that does not exist, or in year 9999', () => {
    const action = { agendaItemId: id, description: 'Visit', ownerAgencyId: id, ownerUserId: id };
    expect(messageFor(actionItemSchema, { ...action, dueOn: '2027-02-30' }, 'dueOn')).toBe('The date it is due by must be a real date');
    expect(messageFor(actionItemSchema, { ...action, dueOn: '9999-12-31' }, 'dueOn')).toMatch(/within 5 years/);
    expect(actionItemSchema.parse({ ...action, dueOn: '2026-06-30' })).toMatchObject({ dueOn: '2026-06-30' });
  });

  it('reads a meeting’s day and an action’s due date from the day, month and year boxes, each problem on the boxes to highlight', () => {
    const action = { agendaItemId: id, description: 'Visit', ownerAgencyId: id, ownerUserId: id };
    const boxes = (day: string, month: string, year: string) => ({ day, month, year });
    const issuesOf = (schema: z.ZodType, input: unknown) => {
      const result = schema.safeParse(input);
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(actionItemSchema.parse({ ...action, dueOn: boxes('3', '6', '2026') })).toMatchObject({ dueOn: '2026-06-03' });
    expect(scheduleMeetingSchema.parse({ ...meeting, date: boxes(' 29 ', '02', '2028') }).date).toBe('2028-02-29');
    expect(issuesOf(actionItemSchema, { ...action, dueOn: boxes('', '', '') })).toEqual(['dueOn.day', 'dueOn.month', 'dueOn.year'].map((p) => `${p}: Enter the date it is due by`));
    expect(issuesOf(actionItemSchema, { ...action, dueOn: boxes('3', '', '2026') })).toEqual(['dueOn.month: The date it is due by must include a month']);
    expect(issuesOf(actionItemSchema, { ...action, dueOn: boxes('3', '6', '26') })).toEqual(['dueOn.year: The date it is due by must include a year with 4 numbers']);
    expect(issuesOf(actionItemSchema, { ...action, dueOn: boxes('30', '2', '2027') })).toEqual(['day', 'month', 'year'].map((p) => `dueOn.${p}: The date it is due by must be a real date`));
    expect(issuesOf(actionItemSchema, { ...action, dueOn: boxes('1', '1', '2040') })).toEqual(['day', 'month', 'year'].map((p) => `dueOn.${p}: The date it is due by must be within 5 years of today`));
    expect(issuesOf(scheduleMeetingSchema, { ...meeting, date: boxes('19', '5', '2026') })).toEqual(['day', 'month', 'year'].map((p) => `date.${p}: The meeting must be today or later`));
    expect(issuesOf(scheduleMeetingSchema, { ...meeting, date: 42 })).toEqual(['date: Enter the date of the meeting']);
  });

  it('drops an action board date filter that is not a real date (never passes it to the database)', () => {
    const q = actionBoardQuerySchema.parse({ dueFrom: '2026-02-30', dueTo: '2026-13-01' });
    expect(q.dueFrom).toBeUndefined();
    expect(q.dueTo).toBeUndefined();
    expect(actionBoardQuerySchema.parse({ dueFrom: '2026-02-28' }).dueFrom).toBe('2026-02-28');
  });

  it('reports an audit date filter that is not a real date', () => {
    expect(messageFor(auditFilterSchema, { from: '2026-02-30' }, 'from')).toBe('Enter a real date');
  });
});

describe('list filters that do not parse are not used', () => {
  it('drops a search with hidden characters and a repeated parameter on the action board', () => {
    const q = actionBoardQuerySchema.parse({ owner: 'Ann\u0000', caseNumber: 'KV\uD800', status: ['open', 'completed'] });
    expect(q).toMatchObject({ owner: undefined, caseNumber: undefined, status: undefined, sort: 'due', page: 1 });
  });

  it('refuses hidden characters in an audit filter', () => {
    expect(auditFilterSchema.safeParse({ action: 'case.view\u0000' }).success).toBe(false);
  });
});
