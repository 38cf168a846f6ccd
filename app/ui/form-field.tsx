import type { ReactNode } from "react";
import { cx, describedBy } from "./class-names";

export type LabelSize = "s" | "m" | "l" | "xl";

export function Hint({ id, className, children }: { id?: string; className?: string; children: ReactNode }) {
  return (
    <div id={id} className={cx("govuk-hint", className)}>
      {children}
    </div>
  );
}

export function ErrorMessage({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}

/** A label; set `isPageHeading` to wrap it in the page's h1, as GOV.UK does for one-question pages. */
export function Label({
  htmlFor,
  size,
  isPageHeading,
  className,
  children,
}: {
  htmlFor: string;
  size?: LabelSize;
  isPageHeading?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const label = (
    <label className={cx("govuk-label", size && `govuk-label--${size}`, className)} htmlFor={htmlFor}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}

/** A fieldset with a legend, for groups of inputs (radios, checkboxes). */
export function Fieldset({
  legend,
  legendSize,
  isPageHeading,
  describedBy,
  className,
  children,
}: {
  legend: ReactNode;
  legendSize?: LabelSize;
  isPageHeading?: boolean;
  describedBy?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className={cx("govuk-fieldset", className)} aria-describedby={describedBy}>
      <legend className={cx("govuk-fieldset__legend", legendSize && `govuk-fieldset__legend--${legendSize}`)}>
        {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}

/** What every single-control field takes besides its control's own props. */
export type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  labelSize?: LabelSize;
  isPageHeading?: boolean;
  formGroupClassName?: string;
};

/** The aria attributes a field's control needs to be read with its hint and error. */
export type FieldAria = { "aria-describedby"?: string; "aria-invalid"?: true };

/**
 * A GOV.UK form group around one control: label, hint, error message, and the control itself, which
 * `children` draws with the aria attributes that tie it to the hint and error.
 */
export function Field({
  id,
  label,
  hint,
  error,
  labelSize,
  isPageHeading,
  formGroupClassName,
  extraDescribedBy,
  children,
}: FieldProps & { extraDescribedBy?: string; children: (aria: FieldAria) => ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error", formGroupClassName)}>
      <Label htmlFor={id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      {children({ "aria-describedby": describedBy(extraDescribedBy, hintId, errorId), "aria-invalid": error ? true : undefined })}
    </div>
  );
}
