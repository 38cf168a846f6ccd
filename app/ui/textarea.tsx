import type { ComponentPropsWithRef } from "react";
import { cx } from "./class-names";
import { Field, type FieldProps } from "./form-field";

export type TextareaProps = Omit<ComponentPropsWithRef<"textarea">, "id"> & FieldProps;

/** GOV.UK textarea (rows default 5). Other props go on the `<textarea>`. */
export function Textarea({
  id,
  label,
  hint,
  error,
  labelSize,
  isPageHeading,
  formGroupClassName,
  className,
  rows = 5,
  "aria-describedby": extraDescribedBy,
  ...rest
}: TextareaProps) {
  return (
    <Field {...{ id, label, hint, error, labelSize, isPageHeading, formGroupClassName, extraDescribedBy }}>
      {(aria) => <textarea id={id} rows={rows} className={cx("govuk-textarea", error && "govuk-textarea--error", className)} {...aria} {...rest} />}
    </Field>
  );
}
