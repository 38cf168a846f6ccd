'use client';

import { PageHeading } from './ui/page-heading';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <PageHeading>Sorry, something went wrong</PageHeading>
      <p className="govuk-body">Nothing you were doing has been half-saved: a change is either saved whole or not at all.</p>
      {error.digest ? <p className="govuk-body">Reference for your administrator: {error.digest}</p> : null}
      <button type="button" className="govuk-button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
