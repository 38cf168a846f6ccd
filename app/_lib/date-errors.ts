import type { DateInputPart } from '../ui/date-input';

const dateInputParts: DateInputPart[] = ['day', 'month', 'year'];

/**
 * A date's error as a DateInput shows it: the message, and the boxes to highlight (all, for a message
 * on the whole date).
 */
export function dateErrorOf({ errorOf }: { errorOf(name: string): string | undefined }, name: string): { error?: string; errorParts: DateInputPart[] } {
  const whole = errorOf(name);
  if (whole) return { error: whole, errorParts: [] };
  const errorParts = dateInputParts.filter((p) => errorOf(`${name}.${p}`));
  return { error: errorParts.map((p) => errorOf(`${name}.${p}`)).find(Boolean), errorParts };
}
