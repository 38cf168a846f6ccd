import type { ReactNode } from "react";

/** GOV.UK confirmation panel, e.g. "Referral submitted". */
export function Panel({ title, headingLevel = 1, children }: { title: ReactNode; headingLevel?: 1 | 2; children?: ReactNode }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <Heading className="govuk-panel__title">{title}</Heading>
      {children ? <div className="govuk-panel__body">{children}</div> : null}
    </div>
  );
}
