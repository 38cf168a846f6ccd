import type { FieldError, FieldValues, UseFormReturn } from 'react-hook-form';
import type { DateInputPart } from '../ui/date-input';

const dateInputParts: DateInputPart[] = ['day', 'month', 'year'];

/** A date's error as a DateInput shows it: the message, and the boxes to highlight (all, for a message on the whole date). */
export function dateErrorOf<T extends FieldValues>(form: UseFormReturn<T>, name: string): { error?: string; errorParts: DateInputPart[] } {
  const error = form.getFieldState(name as never, form.formState).error as (FieldError & Partial<Record<DateInputPart, FieldError>>) | undefined;
  if (!error) return { errorParts: [] };
  if (typeof error.message === 'string') return { error: error.message, errorParts: [] };
  const errorParts = dateInputParts.filter((p) => error[p]);
  return { error: errorParts.map((p) => error[p]?.message).find(Boolean), errorParts };
}
