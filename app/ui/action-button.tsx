'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '../_lib/server-action';
import { Button } from './button';

/** A button that runs one server action and refreshes the page, with its refusal shown beside it. */
export function ActionButton({
  action,
  payload,
  label,
  accessibleLabel,
  variant = 'secondary',
  small,
}: {
  /** A server action, and what it is sent (both can cross from a server page). */
  action: (raw: unknown) => Promise<ActionResult<unknown>>;
  payload: Record<string, string>;
  label: string;
  accessibleLabel?: string;
  variant?: 'primary' | 'secondary' | 'warning';
  small?: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <>
      <Button
        type="button"
        variant={variant}
        className={small ? 'govuk-!-margin-bottom-0 app-button--small' : undefined}
        aria-label={accessibleLabel}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(undefined);
            const result = await action(payload);
            if (result.ok) router.refresh();
            else setError(result.formError ?? Object.values(result.fieldErrors)[0] ?? 'That did not work.');
          })
        }
      >
        {label}
      </Button>
      {error ? (
        <p className="govuk-error-message" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
