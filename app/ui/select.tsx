import type { ComponentPropsWithRef } from "react";
import { cx } from "./class-names";
import { Field, type FieldProps } from "./form-field";

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = Omit<ComponentPropsWithRef<"select">, "id" | "children"> &
  FieldProps & {
    options: SelectOption[];
    /** Text of a first option with value "" (e.g. "Choose an agency"); none when omitted. */
    emptyOption?: string;
    /** Options in labelled groups (`<optgroup>`), listed before the ungrouped `options`. */
    groups?: { label: string; options: SelectOption[] }[];
  };

/** GOV.UK select. Other props go on the `<select>`. */
export function Select({
  id,
  label,
  options,
  emptyOption,
  groups,
  hint,
  error,
  labelSize,
  isPageHeading,
  formGroupClassName,
  className,
  "aria-describedby": extraDescribedBy,
  ...rest
}: SelectProps) {
  return (
    <Field {...{ id, label, hint, error, labelSize, isPageHeading, formGroupClassName, extraDescribedBy }}>
      {(aria) => (
        <select id={id} className={cx("govuk-select", error && "govuk-select--error", className)} {...aria} {...rest}>
          {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
          {groups?.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value} disabled={option.disabled}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
