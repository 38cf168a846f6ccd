/**
 * What makes a reason for revealing a victim's protected details a real one: long enough to say
 * something, in words, and not a copy of one given before. Pure, so the rules read (and test) alone;
 * lib/cases/reveal.ts applies them, with the reasons this user gave before.
 */

export const REVEAL_REASON_MIN_LENGTH = 20;

/**
 * How many reveals one user may make in any 24 hours. A worker who needs a victim's address for a
 * visit needs it for a case or two a day; more than this looks like browsing, so the next is refused
 * and the area's coordinators are told to look.
 */
export const REVEALS_PER_24_HOURS = 5;

export type ReasonProblem = 'reason_too_short' | 'reason_repeated' | 'reason_copied';

export const reasonMessages: Record<ReasonProblem, string> = {
  reason_too_short: `Your reason must be ${REVEAL_REASON_MIN_LENGTH} characters or more: say what you need the details for`,
  reason_repeated: 'Your reason must say in words why you need the details, not repeat the same letters or words',
  reason_copied: 'Your reason must not be the same as one you gave before: say why you need the details of this case',
};

/** Letters and digits only, lower case, one space between words: two reasons that differ only in case, spacing or punctuation are the same. */
export function normaliseReason(reason: string): string {
  return reason.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** What is wrong with this reason on its own, or null. */
export function reasonProblem(reason: string): ReasonProblem | null {
  if (reason.trim().replace(/\s+/g, ' ').length < REVEAL_REASON_MIN_LENGTH) return 'reason_too_short';
  const words = normaliseReason(reason).split(' ').filter(Boolean);
  const letters = words.join('');
  const tooFewLetters = new Set(letters).size < 5; // "aaaaabbbbbaaaaabbbbb"
  const oneUnitRepeated = /^(.+?)\1+$/u.test(letters); // "asdfasdfasdf", "test test test", "ab ab ab ab"
  const tooFewWords = new Set(words.filter((w) => w.length > 1)).size < 3; // "safeguarding safeguarding"
  return tooFewLetters || oneUnitRepeated || tooFewWords ? 'reason_repeated' : null;
}

/** Whether this reason is one of the earlier ones (compared normalised). */
export function isCopied(reason: string, earlier: readonly string[]): boolean {
  const mine = normaliseReason(reason);
  return earlier.some((e) => normaliseReason(e) === mine);
}
