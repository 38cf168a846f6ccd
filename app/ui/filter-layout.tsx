import type { ReactNode } from "react";
import { Link } from './link';
import { Button } from "./button";

/** MOJ filter layout without the toggle script: filter panel on the left (stacked above on narrow screens), results on the right. */
export function FilterLayout({ filter, children, resultsLabel = "Results" }: { filter: ReactNode; children: ReactNode; resultsLabel?: string }) {
  return (
    <div className="moj-filter-layout">
      <div className="moj-filter-layout__filter">{filter}</div>
      {/* MOJ lets the results scroll sideways; a keyboard user must be able to focus them to scroll. */}
      <div className="moj-filter-layout__content" tabIndex={0} role="region" aria-label={resultsLabel}>
        {children}
      </div>
    </div>
  );
}

export type FilterProps = {
  heading?: ReactNode;
  submitLabel?: string;
  /** Shows a "Clear filters" link to this URL. */
  clearHref?: string;
  /** The filter options (inputs). Put the whole `<Filter>` inside a `<form method="get">`. */
  children: ReactNode;
};

/** MOJ filter panel: heading bar, apply button and options. */
export function Filter({ heading = "Filter", submitLabel = "Apply filters", clearHref, children }: FilterProps) {
  return (
    <div className="moj-filter">
      <div className="moj-filter__header">
        <div className="moj-filter__header-title">
          <h2 className="govuk-heading-m">{heading}</h2>
        </div>
        <div className="moj-filter__header-action" />
      </div>
      <div className="moj-filter__content">
        <div className="moj-filter__options">
          <Button className="govuk-!-margin-bottom-4">{submitLabel}</Button>
          {clearHref ? (
            <p className="govuk-body">
              <Link href={clearHref} className="govuk-link govuk-link--no-visited-state">
                Clear filters
              </Link>
            </p>
          ) : null}
          {children}
        </div>
      </div>
    </div>
  );
}
