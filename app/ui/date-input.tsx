import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx, describedBy } from "./class-names";
import { ErrorMessage, Field, Hint, type FieldProps, type LabelSize } from "./form-field";

export type TimeFieldProps = Omit<ComponentPropsWithRef<"input">, "id" | "type"> & FieldProps;

/**
 * A native time input (value "HH:MM") in GOV.UK form-group styling: a meeting's start. Dates are typed
 * in DateInput's day, month and year boxes.
 */
export function TimeField({
  id,
  label,
  hint,
  error,
  labelSize,
  isPageHeading,
  formGroupClassName,
  className,
  "aria-describedby": extraDescribedBy,
  ...rest
}: TimeFieldProps) {
  return (
    <Field {...{ id, label, hint, error, labelSize, isPageHeading, formGroupClassName, extraDescribedBy }}>
      {(aria) => <input id={id} type="time" className={cx("govuk-input app-time-input", error && "govuk-input--error", className)} {...aria} {...rest} />}
    </Field>
  );
}

export type DateInputPart = "day" | "month" | "year";
const parts: { part: DateInputPart; label: string; width: string }[] = [
  { part: "day", label: "Day", width: "govuk-input--width-2" },
  { part: "month", label: "Month", width: "govuk-input--width-2" },
  { part: "year", label: "Year", width: "govuk-input--width-4" },
];

export type DateInputProps = {
  /** The field's name: the boxes are `${id}.day`, `${id}.month` and `${id}.year`, ids and names alike. */
  id: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  hint?: ReactNode;
  error?: string;
  /** The boxes to highlight; with an error and no parts named, the whole date. */
  errorParts?: readonly DateInputPart[];
  /** Props for each box (a form's register, or name and defaultValue). */
  inputProps?: (part: DateInputPart) => ComponentPropsWithRef<"input">;
};

/**
 * GOV.UK date input: day, month and year boxes in a fieldset, for dates people know. The error
 * summary links to the first box in error.
 */
export function DateInput({ id, legend, legendSize, hint = "For example, 27 3 1985", error, errorParts, inputProps }: DateInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const highlighted = (part: DateInputPart) => Boolean(error) && (!errorParts?.length || errorParts.includes(part));
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={cx("govuk-fieldset__legend", legendSize && `govuk-fieldset__legend--${legendSize}`)}>{legend}</legend>
        {hint ? <Hint id={hintId}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className="govuk-date-input" id={id}>
          {parts.map(({ part, label, width }) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}.${part}`}>
                  {label}
                </label>
                <input
                  className={cx("govuk-input govuk-date-input__input", width, highlighted(part) && "govuk-input--error")}
                  id={`${id}.${part}`}
                  name={`${id}.${part}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={highlighted(part) || undefined}
                  {...inputProps?.(part)}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
