"use client";

import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";

export type ErrorSummaryItem = { href: string; text: string };

export type ErrorSummaryProps = {
  errors: ErrorSummaryItem[];
  title?: ReactNode;
  description?: ReactNode;
};

/** Moves focus to the field, scrolling its label or legend into view (as GOV.UK Frontend's script does). */
function focusTarget(event: MouseEvent<HTMLAnchorElement>, href: string) {
  if (!href.startsWith("#")) return;
  const input = document.getElementById(decodeURIComponent(href.slice(1)));
  if (!input) return;
  event.preventDefault();
  const legend = input.closest("fieldset")?.querySelector("legend");
  const label = input.id ? document.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
  (legend ?? label ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}

/**
 * GOV.UK error summary. Renders nothing when there are no errors; takes focus whenever the list of errors
 * appears or changes, so screen readers announce it.
 */
export function ErrorSummary({ errors, title = "There is a problem", description }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((error) => `${error.href}\u0000${error.text}`).join("\u0001");

  useEffect(() => {
    if (key !== "") ref.current?.focus();
  }, [key]);

  if (errors.length === 0) return null;

  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description ? <p>{description}</p> : null}
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.href}-${error.text}`}>
                <a href={error.href} onClick={(event) => focusTarget(event, error.href)}>
                  {error.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
