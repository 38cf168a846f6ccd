import type { ComponentPropsWithRef } from "react";
import { cx } from "./class-names";
import { Field, type FieldProps } from "./form-field";

export type DateFieldProps = Omit<ComponentPropsWithRef<"input">, "id" | "type"> &
  FieldProps & {
    /** "date" (default) or "datetime-local" / "time" for meeting times. */
    type?: "date" | "datetime-local" | "time";
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
  return (
    <Field {...{ id, label, hint, error, labelSize, isPageHeading, formGroupClassName, extraDescribedBy }}>
      {(aria) => <input id={id} type={type} className={cx("govuk-input app-date-input", error && "govuk-input--error", className)} {...aria} {...rest} />}
    </Field>
  );
}
