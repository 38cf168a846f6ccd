import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'] as string[]);
  return common;
}

/**
 * Why a new password is refused, or null if it is acceptable. Length and a list of the most
 * common passwords only: no composition rules (they make passwords weaker and harder to remember).
 */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`;
  }
  const lower = password.toLowerCase();
  // A common password with digits or symbols added at the end ("password1234") is still common.
  const stem = lower.replace(/[^a-z]+$/, '');
  if (commonPasswords().has(lower) || (stem.length >= 4 && commonPasswords().has(stem)) || /^(.)\1+$/.test(lower)) {
    return 'This password is too common and easy to guess. Choose a longer phrase of unrelated words';
  }
  return null;
}
