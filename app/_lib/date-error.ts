import type { FieldError, FieldValues, UseFormReturn } from 'react-hook-form';
import type { DateInputPart } from '../ui/date-input';

const parts: DateInputPart[] = ['day', 'month', 'year'];

/** What a DateInput shows of a form's error on a date field: the message, and which of its boxes to highlight. */
export function dateErrorIn<T extends FieldValues>(form: UseFormReturn<T>, name: string): { error?: string; errorParts: DateInputPart[] } {
  const error = form.getFieldState(name as never, form.formState).error as (FieldError & Partial<Record<DateInputPart, FieldError>>) | undefined;
  if (!error) return { errorParts: [] };
  if (typeof error.message === 'string') return { error: error.message, errorParts: [] };
  const errorParts = parts.filter((p) => error[p]);
  return { error: errorParts.map((p) => error[p]?.message).find(Boolean), errorParts };
}
