import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx, describedBy } from "./class-names";
import { ErrorMessage, Hint, Label, type LabelSize } from "./form-field";

export type InputWidth =
  | `govuk-input--width-${2 | 3 | 4 | 5 | 10 | 20 | 30}`
  | `govuk-!-width-${"full" | "three-quarters" | "two-thirds" | "one-half" | "one-third" | "one-quarter"}`;

export type TextInputProps = Omit<ComponentPropsWithRef<"input">, "id"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** A GOV.UK width class, e.g. "govuk-input--width-20". */
  width?: InputWidth;
  labelSize?: LabelSize;
  isPageHeading?: boolean;
  formGroupClassName?: string;
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
        className={cx("govuk-input", width, error && "govuk-input--error", className)}
        aria-describedby={describedBy(extraDescribedBy, hintId, errorId)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </div>
  );
}
