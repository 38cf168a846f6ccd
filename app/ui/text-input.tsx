import type { ComponentPropsWithRef } from "react";
import { cx } from "./class-names";
import { Field, type FieldProps } from "./form-field";

export type InputWidth =
  | `govuk-input--width-${2 | 3 | 4 | 5 | 10 | 20 | 30}`
  | `govuk-!-width-${"full" | "three-quarters" | "two-thirds" | "one-half" | "one-third" | "one-quarter"}`;

export type TextInputProps = Omit<ComponentPropsWithRef<"input">, "id"> &
  FieldProps & {
    /** A GOV.UK width class, e.g. "govuk-input--width-20". */
    width?: InputWidth;
  };

/** Label, hint, error message and input, in a GOV.UK form group. Other props go on the `<input>`. */
export function TextInput({
  id,
  label,
  hint,
  error,
  width,
  labelSize,
  isPageHeading,
  formGroupClassName,
  className,
  type = "text",
  "aria-describedby": extraDescribedBy,
  ...rest
}: TextInputProps) {
  return (
    <Field {...{ id, label, hint, error, labelSize, isPageHeading, formGroupClassName, extraDescribedBy }}>
      {(aria) => <input id={id} type={type} className={cx("govuk-input", width, error && "govuk-input--error", className)} {...aria} {...rest} />}
    </Field>
  );
}
