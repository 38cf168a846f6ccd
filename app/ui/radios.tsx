import { Choices, type ChoicesProps } from "./choices";

export { choiceItemId, type ChoiceInputProps, type ChoiceItem } from "./choices";

export type RadiosProps = ChoicesProps & {
  inline?: boolean;
  /** Checked value for uncontrolled forms (a form from app/_lib/use-form.ts sets its own). */
  defaultValue?: string;
};

/** GOV.UK radios in a fieldset with legend, hint and error message. */
export function Radios({ defaultValue, ...props }: RadiosProps) {
  return <Choices kind="radios" isChecked={defaultValue !== undefined ? (v) => v === defaultValue : undefined} {...props} />;
}
