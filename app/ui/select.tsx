import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx, describedBy } from "./class-names";
import { ErrorMessage, Hint, Label, type LabelSize } from "./form-field";

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = Omit<ComponentPropsWithRef<"select">, "id" | "children"> & {
  id: string;
  label: ReactNode;
  options: SelectOption[];
  /** Text of a first option with value "" (e.g. "Choose an agency"); none when omitted. */
  emptyOption?: string;
  hint?: ReactNode;
  error?: string;
  labelSize?: LabelSize;
  isPageHeading?: boolean;
  formGroupClassName?: string;
};

/** GOV.UK select. Other props go on the `<select>`. */
export function Select({
  id,
  label,
  options,
  emptyOption,
  hint,
  error,
  labelSize,
  isPageHeading,
  formGroupClassName,
  className,
  "aria-describedby": extraDescribedBy,
  ...rest
}: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error", formGroupClassName)}>
      <Label htmlFor={id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <select
        id={id}
        className={cx("govuk-select", error && "govuk-select--error", className)}
        aria-describedby={describedBy(extraDescribedBy, hintId, errorId)}
        aria-invalid={error ? true : undefined}
        {...rest}
      >
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
