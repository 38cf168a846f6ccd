import { describe, expect, it } from 'vitest';
import { completeFieldStepSchema, fieldStepSchema, householdSchema } from './schemas';
import { stepProblems } from './progress';

describe('dates of birth on the referral form', () => {
  it('stores the boxes as YYYY-MM-DD, and reports a missing date on its day box', () => {
    expect(fieldStepSchema('perpetrator').parse({ name: 'A Person', dob: { day: '9', month: '11', year: '1979' } }).dob).toBe('1979-11-09');
    expect(householdSchema.parse({ members: [{ name: 'Child', dob: { day: '1', month: '2', year: '2019' }, child: 'yes' }] }).members[0].dob).toBe('2019-02-01');

    const blank = completeFieldStepSchema('victim').safeParse({ name: 'A Person', dob: { day: '', month: '', year: '' } });
    const dobIssues = blank.error!.issues.filter((i) => i.path[0] === 'dob').map((i) => i.path.join('.'));
    expect(dobIssues).toEqual(['dob.day', 'dob.month', 'dob.year']);

    const household = householdSchema.safeParse({ members: [{ name: 'Child', dob: { day: '31', month: '02', year: '2020' }, child: 'yes' }] });
    expect(household.error!.issues.map((i) => [i.path.join('.'), i.message])[0]).toEqual(['members.0.dob.day', 'Date of birth must be a real date']);

    // Stored as a string, the date is checked by the same rules; the check page lists each problem once.
    const { problems } = stepProblems({ victim: { name: 'A Person', dob: '' } }, 'victim');
    expect(problems.filter((p) => p.field === 'dob')).toEqual([{ field: 'dob', message: 'Enter the victim’s date of birth' }]);
  });
});
