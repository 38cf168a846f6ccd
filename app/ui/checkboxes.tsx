import { Choices, type ChoicesProps } from "./choices";

export type CheckboxesProps = ChoicesProps & {
  /** Checked values for uncontrolled forms (a form from app/_lib/use-form.ts sets its own). */
  defaultValues?: string[];
};

/** GOV.UK checkboxes in a fieldset with legend, hint and error message. */
export function Checkboxes({ defaultValues, ...props }: CheckboxesProps) {
  return <Choices kind="checkboxes" isChecked={defaultValues ? (v) => defaultValues.includes(v) : undefined} {...props} />;
}
