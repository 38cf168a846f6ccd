import type { ReactNode } from "react";

/** GOV.UK warning text: a "!" icon and bold text, prefixed "Warning" for screen readers. */
export function WarningText({ iconFallbackText = "Warning", children }: { iconFallbackText?: string; children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{iconFallbackText}</span>
        {children}
      </strong>
    </div>
  );
}
