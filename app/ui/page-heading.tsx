import type { ReactNode } from "react";

export type PageHeadingProps = {
  /** Small grey text above the heading, e.g. the case reference. */
  caption?: ReactNode;
  size?: "xl" | "l" | "m";
  children: ReactNode;
};

/** The page's `<h1>` (govuk-heading-l by default) with an optional caption inside it. */
export function PageHeading({ caption, size = "l", children }: PageHeadingProps) {
  return (
    <h1 className={`govuk-heading-${size}`}>
      {caption ? <span className={`govuk-caption-${size}`}>{caption}</span> : null}
      {children}
    </h1>
  );
}
