import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx, describedBy } from "./class-names";
import { ErrorMessage, Hint, Label, type LabelSize } from "./form-field";

export type DateFieldProps = Omit<ComponentPropsWithRef<"input">, "id" | "type"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** "date" (default) or "datetime-local" / "time" for meeting times. */
  type?: "date" | "datetime-local" | "time";
  labelSize?: LabelSize;
  isPageHeading?: boolean;
  formGroupClassName?: string;
};

/** A native date input (value "YYYY-MM-DD") in GOV.UK form-group styling. Other props go on the `<input>`. */
export function DateField({
  id,
  label,
  hint,
  error,
  type = "date",
  labelSize,
  isPageHeading,
  formGroupClassName,
  className,
  "aria-describedby": extraDescribedBy,
  ...rest
}: DateFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error", formGroupClassName)}>
      <Label htmlFor={id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <input
        id={id}
        type={type}
        className={cx("govuk-input app-date-input", error && "govuk-input--error", className)}
        aria-describedby={describedBy(extraDescribedBy, hintId, errorId)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </div>
  );
}
