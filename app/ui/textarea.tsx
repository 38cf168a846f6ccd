import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx, describedBy } from "./class-names";
import { ErrorMessage, Hint, Label, type LabelSize } from "./form-field";

export type TextareaProps = Omit<ComponentPropsWithRef<"textarea">, "id"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  labelSize?: LabelSize;
  isPageHeading?: boolean;
  formGroupClassName?: string;
};

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
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error", formGroupClassName)}>
      <Label htmlFor={id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <textarea
        id={id}
        rows={rows}
        className={cx("govuk-textarea", error && "govuk-textarea--error", className)}
        aria-describedby={describedBy(extraDescribedBy, hintId, errorId)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </div>
  );
}
