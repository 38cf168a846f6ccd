'use client';

/** Prints the page (the print styles leave the service's header, navigation and footer off the paper). */
export function PrintButton() {
  return (
    <button type="button" className="govuk-button govuk-button--secondary app-no-print" onClick={() => window.print()}>
      Print this page
    </button>
  );
}
