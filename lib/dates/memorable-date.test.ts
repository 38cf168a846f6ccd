import { describe, expect, it } from 'vitest';
import { checkDateParts, memorableDate } from './memorable-date';
import { partsOf } from './date-parts';

const rules = { label: 'Date of birth', notAfter: () => '2026-05-20' };
const check = (day: string, month: string, year: string) => checkDateParts({ day, month, year }, rules);

describe('a date of birth typed in three boxes', () => {
  it('gives the date as YYYY-MM-DD, with or without leading zeros, and a month by name', () => {
    expect(check('5', '3', '1984')).toEqual({ iso: '1984-03-05' });
    expect(check(' 05 ', '03', '1984')).toEqual({ iso: '1984-03-05' });
    expect(check('5', 'March', '1984')).toEqual({ iso: '1984-03-05' });
    expect(check('5', 'sept', '1984')).toEqual({ iso: '1984-09-05' });
    expect(check('20', '5', '2026')).toEqual({ iso: '2026-05-20' });
    expect(check('', '', '')).toEqual({ iso: '' });
  });

  it('says which part is missing, and highlights only those boxes', () => {
    expect(check('5', '', '1984')).toEqual({ problem: { message: 'Date of birth must include a month', parts: ['month'] } });
    expect(check('', '', '1984')).toEqual({ problem: { message: 'Date of birth must include a day and month', parts: ['day', 'month'] } });
    expect(check('5', '', '')).toEqual({ problem: { message: 'Date of birth must include a month and year', parts: ['month', 'year'] } });
  });

  it('refuses a date that cannot be real, highlighting the box at fault or the whole date', () => {
    expect(check('31', '2', '2020')).toEqual({ problem: { message: 'Date of birth must be a real date', parts: ['day', 'month', 'year'] } });
    expect(check('29', '2', '2021')).toMatchObject({ problem: { message: 'Date of birth must be a real date' } });
    expect(check('29', '2', '2020')).toEqual({ iso: '2020-02-29' });
    expect(check('5', '13', '1984')).toEqual({ problem: { message: 'Date of birth must be a real date', parts: ['month'] } });
    expect(check('32', '1', '1984')).toEqual({ problem: { message: 'Date of birth must be a real date', parts: ['day'] } });
    expect(check('x', 'y', '1984')).toEqual({ problem: { message: 'Date of birth must be a real date', parts: ['day', 'month', 'year'] } });
    expect(check('5', '3', '84')).toEqual({ problem: { message: 'Date of birth must include a year with 4 numbers', parts: ['year'] } });
    expect(check('31', '12', '1899')).toMatchObject({ problem: { message: 'Date of birth must be the same as or after 1 January 1900' } });
  });

  it('refuses a date after today', () => {
    expect(check('21', '5', '2026')).toEqual({ problem: { message: 'Date of birth must be today or in the past', parts: ['day', 'month', 'year'] } });
  });

  it('reads a stored date back into the boxes', () => {
    expect(partsOf('1984-03-05')).toEqual({ day: '5', month: '3', year: '1984' });
    expect(partsOf('')).toEqual({ day: '', month: '', year: '' });
  });
});

describe('the memorable date schema', () => {
  const schema = memorableDate(rules);

  it('parses the boxes and a stored date to the same value', () => {
    expect(schema.parse({ day: '5', month: '3', year: '1984' })).toBe('1984-03-05');
    expect(schema.parse('1984-03-05')).toBe('1984-03-05');
    expect(schema.parse({ day: '', month: '', year: '' })).toBe('');
    expect(schema.parse('')).toBe('');
  });

  it('puts the message on each box in error, the first of them first', () => {
    const result = schema.safeParse({ day: '31', month: '2', year: '2020' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['day', 'Date of birth must be a real date'],
      ['month', 'Date of birth must be a real date'],
      ['year', 'Date of birth must be a real date'],
    ]);
    expect(schema.safeParse('2020-02-31').error!.issues[0].message).toBe('Date of birth must be a real date');
  });
});
