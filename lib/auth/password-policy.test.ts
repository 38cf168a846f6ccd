import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('new passwords', () => {
  it.each([
    ['short', 'at least 12 characters'],
    ['elevenchars', 'at least 12 characters'],
    ['qazwsxedcrfv', 'too common'],
    ['password1234', 'too common'],
    ['Password1234!', 'too common'],
    ['aaaaaaaaaaaaaaaa', 'too common'],
    ['x'.repeat(201), '200 characters or fewer'],
  ])('refuses %$ (%s…)', (password, reason) => {
    expect(passwordProblem(password)).toContain(reason);
  });

  it.each(['kettle orbit lantern', 'Marac meets every fortnight', 'zx9!pL-44qq-w0'])('accepts %s (no composition rules)', (password) => {
    expect(passwordProblem(password)).toBeNull();
  });
});
