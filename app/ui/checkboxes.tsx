import type { ReactNode } from "react";
import { cx, describedBy } from "./class-names";
import { ErrorMessage, Fieldset, Hint, type LabelSize } from "./form-field";
import { choiceItemId, type ChoiceInputProps, type ChoiceItem } from "./radios";

export type CheckboxesProps = {
  /** Id of the first checkbox (the error summary links here); later ones get `${id}-2`, `${id}-3`… */
  id: string;
  /** Name shared by every checkbox; may instead come from `inputProps` (react-hook-form's `register`). */
  name?: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  isPageHeading?: boolean;
  items: ChoiceItem[];
  hint?: ReactNode;
  error?: string;
  small?: boolean;
  /** Checked values for uncontrolled forms (ignored by react-hook-form, which uses defaultValues). */
  defaultValues?: string[];
  inputProps?: ChoiceInputProps;
  formGroupClassName?: string;
};

/** GOV.UK checkboxes in a fieldset with legend, hint and error message. */
export function Checkboxes({
  id,
  name,
  legend,
  legendSize,
  isPageHeading,
  items,
  hint,
  error,
  small,
  defaultValues,
  inputProps,
  formGroupClassName,
}: CheckboxesProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error", formGroupClassName)}>
      <Fieldset
        legend={legend}
        legendSize={legendSize}
        isPageHeading={isPageHeading}
        describedBy={describedBy(hintId, errorId)}
      >
        {hint ? <Hint id={hintId}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className={cx("govuk-checkboxes", small && "govuk-checkboxes--small")} data-module="govuk-checkboxes">
          {items.map((item, index) => {
            const itemId = choiceItemId(id, index);
            const itemHintId = item.hint ? `${itemId}-item-hint` : undefined;
            return (
              <div className="govuk-checkboxes__item" key={item.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={itemId}
                  name={name}
                  type="checkbox"
                  value={item.value}
                  disabled={item.disabled}
                  defaultChecked={defaultValues ? defaultValues.includes(item.value) : undefined}
                  aria-describedby={itemHintId}
                  {...inputProps}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId}>
                  {item.label}
                </label>
                {item.hint ? (
                  <div id={itemHintId} className="govuk-hint govuk-checkboxes__hint">
                    {item.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}
