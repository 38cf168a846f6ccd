'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '../ui/button';
import { markAllReadAction } from './actions';

/** Marks every unread notification read, then shows the list again. */
export function MarkAllReadButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await markAllReadAction({});
            if (result.ok) router.refresh();
            else setError(result.formError ?? 'Your notifications could not be marked read. Try again.');
          })
        }
      >
        Mark all as read
      </Button>
      {error ? <p className="govuk-error-message">{error}</p> : null}
    </>
  );
}
