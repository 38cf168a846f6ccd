import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx, describedBy } from "./class-names";
import { ErrorMessage, Fieldset, Hint, type LabelSize } from "./form-field";

export type ChoiceItem = { value: string; label: ReactNode; hint?: ReactNode; disabled?: boolean };

/** Props applied to every `<input>`, e.g. `register("field")` from react-hook-form. */
export type ChoiceInputProps = Omit<ComponentPropsWithRef<"input">, "id" | "type" | "value" | "className">;

export type RadiosProps = {
  /** Id of the first radio (the error summary links here); later radios get `${id}-2`, `${id}-3`… */
  id: string;
  /** Name of the group; may instead come from `inputProps` (react-hook-form's `register`). */
  name?: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  isPageHeading?: boolean;
  items: ChoiceItem[];
  hint?: ReactNode;
  error?: string;
  inline?: boolean;
  small?: boolean;
  /** Checked value for uncontrolled forms (ignored by react-hook-form, which uses defaultValues). */
  defaultValue?: string;
  inputProps?: ChoiceInputProps;
  formGroupClassName?: string;
};

export function choiceItemId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}

/** GOV.UK radios in a fieldset with legend, hint and error message. */
export function Radios({
  id,
  name,
  legend,
  legendSize,
  isPageHeading,
  items,
  hint,
  error,
  inline,
  small,
  defaultValue,
  inputProps,
  formGroupClassName,
}: RadiosProps) {
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
        <div
          className={cx("govuk-radios", inline && "govuk-radios--inline", small && "govuk-radios--small")}
          data-module="govuk-radios"
        >
          {items.map((item, index) => {
            const itemId = choiceItemId(id, index);
            const itemHintId = item.hint ? `${itemId}-item-hint` : undefined;
            return (
              <div className="govuk-radios__item" key={item.value}>
                <input
                  className="govuk-radios__input"
                  id={itemId}
                  name={name}
                  type="radio"
                  value={item.value}
                  disabled={item.disabled}
                  defaultChecked={defaultValue !== undefined ? item.value === defaultValue : undefined}
                  aria-describedby={itemHintId}
                  {...inputProps}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                  {item.label}
                </label>
                {item.hint ? (
                  <div id={itemHintId} className="govuk-hint govuk-radios__hint">
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
