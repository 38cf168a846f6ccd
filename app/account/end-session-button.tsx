'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { endSessionAction } from './actions';

export function EndSessionButton({ sessionId, label }: { sessionId: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        aria-label={label}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await endSessionAction({ sessionId });
            if (result.ok) router.refresh();
            else setError(result.formError ?? 'The session could not be ended.');
          })
        }
      >
        End session
      </button>
      {error ? <p className="govuk-error-message">{error}</p> : null}
    </>
  );
}
