import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx, describedBy } from "./class-names";
import { ErrorMessage, Fieldset, Hint, type LabelSize } from "./form-field";

export type ChoiceItem = { value: string; label: ReactNode; hint?: ReactNode; disabled?: boolean };

/** Props applied to every `<input>`, e.g. a form's `register("field")` (app/_lib/use-form.ts). */
export type ChoiceInputProps = Omit<ComponentPropsWithRef<"input">, "id" | "type" | "value" | "className">;

export type ChoicesProps = {
  /** Id of the first input (the error summary links here); later ones get `${id}-2`, `${id}-3`… */
  id: string;
  /** Name of the group; may instead come from `inputProps` (a form's `register`). */
  name?: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  isPageHeading?: boolean;
  items: ChoiceItem[];
  hint?: ReactNode;
  error?: string;
  small?: boolean;
  inputProps?: ChoiceInputProps;
  formGroupClassName?: string;
};

export function choiceItemId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}

/** GOV.UK radios or checkboxes in a fieldset with legend, hint and error message. */
export function Choices({
  kind,
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
  isChecked,
  inputProps,
  formGroupClassName,
}: ChoicesProps & { kind: "radios" | "checkboxes"; inline?: boolean; isChecked?: (value: string) => boolean }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error", formGroupClassName)}>
      <Fieldset legend={legend} legendSize={legendSize} isPageHeading={isPageHeading} describedBy={describedBy(hintId, errorId)}>
        {hint ? <Hint id={hintId}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className={cx(`govuk-${kind}`, inline && `govuk-${kind}--inline`, small && `govuk-${kind}--small`)} data-module={`govuk-${kind}`}>
          {items.map((item, index) => {
            const itemId = choiceItemId(id, index);
            const itemHintId = item.hint ? `${itemId}-item-hint` : undefined;
            return (
              <div className={`govuk-${kind}__item`} key={item.value}>
                <input
                  className={`govuk-${kind}__input`}
                  id={itemId}
                  name={name}
                  type={kind === "radios" ? "radio" : "checkbox"}
                  value={item.value}
                  disabled={item.disabled}
                  defaultChecked={isChecked?.(item.value)}
                  aria-describedby={itemHintId}
                  {...inputProps}
                />
                <label className={`govuk-label govuk-${kind}__label`} htmlFor={itemId}>
                  {item.label}
                </label>
                {item.hint ? (
                  <div id={itemHintId} className={`govuk-hint govuk-${kind}__hint`}>
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
